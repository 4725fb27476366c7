package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.verbatim.model.ContentErrors;

/**
 * After any sequence of changes, a build through the build cache into the previous site's folder writes exactly
 * what a build from scratch, without cache, into an empty folder writes: byte for byte, or the same problems.
 */
class IncrementalBuildProperties {
    private static final Path EXAMPLE = Path.of("src/test/resources/every-element");

    /** An interview whose interviewee's name is a parameter: it may collide with another's (same slug, other spelling). */
    private static final String ADDED = """
            ---
            title: An added interview about the harbour
            date: 2025-06-01
            speakers:
              Q: { name: The Paper, role: interviewer }
              A: { name: %s, role: interviewee }
            topics: [weather]
            ---

            Q: Was the harbour busy in the storm?

            A: Very busy, and the storms kept coming.
            """;

    /** What an editor, a theme author or a release does between two builds. */
    enum Change {
        EDIT_TURN, ADD_INTERVIEW, DELETE_INTERVIEW, RENAME_INTERVIEW, SLUG, RETITLE, SPEAKER_NAME, TRANSLATION, DRAFT,
        TOPIC_ALIASES, PEOPLE, SITE_TITLE, PARTIAL, TEMPLATE, MESSAGES, OFFLINE, BASE_URL, DRAFTS,
        /** Nothing at all: the build finds the site up to date. */
        NOTHING,
        /** Someone else's hand in the built site: a file edited, removed or added. */
        SITE_EDITED, SITE_FILE_REMOVED, SITE_FILE_ADDED,
        /** A source saved again with the same bytes. */
        TOUCH
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Change, Long>>> changes() {
        return Arbitraries.of(Change.class).flatMap(change -> Arbitraries.longs().map(seed -> Tuple.of(change, seed)))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 20)
    void incrementalOutputEqualsACleanBuildAfterEveryChange(@ForAll("changes") List<Tuple.Tuple2<Change, Long>> changes)
            throws IOException {
        check(changes.toString(), changes.stream().<Step>map(change -> (content, theme, options) ->
                apply(change.get1(), new Random(change.get2()), content, theme, options)).toList());
    }

    // Facts a page takes from other interviews, each changed on its own, so that a print that leaves one out
    // fails here whatever the random sequences above happen to try.

    @Example
    void aNewSpeakerWhoseNameTakesAnothersSlugRenumbersThatPersonsLinks() throws IOException {
        int kept = check("a speaker spelt as another's name without accents", List.of(
                (content, theme, options) -> Files.writeString(content.resolve("interviews/2025-06-01-added.md"),
                        ADDED.formatted("Eloise Vidal")),
                (content, theme, options) -> Files.delete(content.resolve("interviews/2025-06-01-added.md"))));
        assertThat(kept).as("files kept from the previous build").isPositive();
    }

    @Example
    void aBuildWithNothingChangedRendersNothingNotEvenTheSearchIndex() throws IOException {
        Path root = Files.createTempDirectory("incremental");
        try {
            BuildOptions options = exampleSite(root);
            Path content = options.content();
            Path theme = options.templates();
            new SiteBuild(options).run();
            // Saved again with the same bytes: the build cannot find the site up to date, and must keep every file.
            Path interview = content.resolve("interviews/2025-05-03-third.md");
            Files.write(interview, Files.readAllBytes(interview));
            BuildResult again = new SiteBuild(options).run();
            assertThat(again.upToDate()).isFalse();
            assertThat(Files.list(root.resolve("site/search/index")).count()).isGreaterThan(2);
            assertThat(again.kept()).as("files kept of %s", again.files()).isEqualTo(again.files()).isPositive();

            // A search file altered in the site by hand is not trusted: the whole index is rendered again.
            Path fragment = root.resolve("site/search/index/f0.js");
            Files.writeString(fragment, Files.readString(fragment) + "// edited\n");
            BuildResult repaired = new SiteBuild(options).run();
            assertThat(repaired.kept()).isLessThan(repaired.files());
            Path clean = root.resolve("clean");
            new SiteBuild(new BuildOptions(content, theme, clean, false, false, null, null)).run();
            assertThat(Files.readString(fragment)).isEqualTo(Files.readString(clean.resolve("search/index/f0.js")))
                    .doesNotContain("// edited");
        } catch (ContentErrors e) {
            throw new AssertionError(e.diagnostics().toString());
        } finally {
            GoldenCorpus.deleteTree(root);
        }
    }

    @Example
    void aBuildFindsTheSiteUpToDateOnlyWhileNothingOnEitherSideHasChanged() throws IOException {
        Path root = Files.createTempDirectory("incremental");
        try {
            BuildOptions options = exampleSite(root);
            Path content = options.content();
            Path theme = options.templates();
            BuildResult first = new SiteBuild(options, 0).run();
            assertThat(first.upToDate()).isFalse();
            BuildResult again = new SiteBuild(options, 0).run();
            assertThat(again.upToDate()).isTrue();
            assertThat(again).extracting(BuildResult::interviews, BuildResult::files, BuildResult::kept, BuildResult::notes,
                    BuildResult::cacheBytes).containsExactly(first.interviews(), first.files(), first.files(), first.notes(),
                    first.cacheBytes());

            Path page = root.resolve("site/index.html");
            Files.writeString(page, Files.readString(page) + "<!-- edited -->");
            assertThat(new SiteBuild(options, 0).run().upToDate()).as("after the site was edited").isFalse();
            assertThat(Files.readString(page)).doesNotContain("<!-- edited -->");
            assertThat(new SiteBuild(options, 0).run().upToDate()).isTrue();

            Path interview = content.resolve("interviews/2025-05-03-third.md");
            Files.write(interview, Files.readAllBytes(interview));
            assertThat(new SiteBuild(options, 0).run().upToDate()).as("after a source was saved again").isFalse();
            Path css = Files.list(theme.resolve("assets/css")).sorted().findFirst().orElseThrow();
            Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
            assertThat(new SiteBuild(options, 0).run().upToDate()).as("after a theme asset was edited").isFalse();
            assertThat(Files.readString(root.resolve("site/assets/css").resolve(css.getFileName()))).contains("/* edited */");
            assertThat(new SiteBuild(options, 0).run().upToDate()).isTrue();
            BuildOptions offline = new BuildOptions(content, theme, root.resolve("site"), false, true, null,
                    root.resolve("cache"));
            assertThat(new SiteBuild(offline, 0).run().upToDate()).as("with another option").isFalse();

            // A source written just now is recorded with its bytes, which the next build compares instead of its look.
            Files.writeString(interview, Files.readString(interview) + "\nA: One more answer.\n");
            assertThat(new SiteBuild(offline).run().upToDate()).isFalse();
            assertThat(new SiteBuild(offline).run().upToDate()).as("a source changed within the settling time").isTrue();
        } catch (ContentErrors e) {
            throw new AssertionError(e.diagnostics().toString());
        } finally {
            GoldenCorpus.deleteTree(root);
        }
    }

    @Example
    void aRetitledTranslationChangesThePageThatListsIt() throws IOException {
        check("a translation declared, then retitled", List.of(
                (content, theme, options) -> edit(content.resolve("interviews/2025-03-01-harbour.md"), "\ntitle:",
                        "\ntranslations: [nuit]\ntitle:"),
                (content, theme, options) -> edit(content.resolve("interviews/2025-04-02-nuit.md"),
                        "title: Une nuit en mer", "title: Une longue nuit en mer")));
    }

    @Example
    void aLinkedInterviewsNewSlugChangesTheLinkToIt() throws IOException {
        check("the slug of a linked interview changed", List.of(
                (content, theme, options) -> edit(content.resolve("interviews/2025-04-02-nuit.md"), "\ntitle:",
                        "\nslug: la-nuit\ntitle:")));
    }

    /** The example site copied into {@code root}, to be built into {@code root/site} with a cache in {@code root/cache}. */
    private static BuildOptions exampleSite(Path root) throws IOException {
        Path content = TestSite.copyFolder(EXAMPLE, root.resolve("content"));
        Path theme = TestSite.copyTheme(root.resolve("theme"));
        return new BuildOptions(content, theme, root.resolve("site"), false, false, null, root.resolve("cache"));
    }

    /** What happens to a site between two builds. */
    private interface Step {
        void apply(Path content, Path theme, Options options) throws IOException;
    }

    /**
     * Builds the example site, then after each step builds it again into the same folder with the same cache and,
     * apart, from scratch: the two must be equal. Returns how many files the incremental builds kept in all.
     */
    private static int check(String description, List<Step> steps) throws IOException {
        Path root = Files.createTempDirectory("incremental");
        int kept = 0;
        try {
            Path content = TestSite.copyFolder(EXAMPLE, root.resolve("content"));
            Path theme = TestSite.copyTheme(root.resolve("theme"));
            Options options = new Options();
            options.site = root.resolve("site");
            Outcome first = build(content, theme, root.resolve("site"), root.resolve("cache"), options);
            assertThat(first.files()).isNotEmpty();
            for (Step step : steps) {
                step.apply(content, theme, options);
                Outcome incremental = build(content, theme, root.resolve("site"), root.resolve("cache"), options);
                kept += incremental.kept();
                Path clean = root.resolve("clean-" + System.nanoTime());
                Outcome scratch = build(content, theme, clean, null, options);
                assertThat(incremental.problems()).as("problems after %s", description).isEqualTo(scratch.problems());
                if (scratch.problems().isEmpty()) {
                    assertThat(incremental.files()).as("site after %s", description).isEqualTo(scratch.files());
                }
                GoldenCorpus.deleteTree(clean);
            }
        } finally {
            GoldenCorpus.deleteTree(root);
        }
        return kept;
    }

    /** The build's switches that a change may flip, and the site it may alter. */
    private static final class Options {
        boolean offline;
        String baseUrl;
        boolean drafts;
        Path site;
    }

    /**
     * Every file of the built site (path to bytes as text of their hex digest) and how many were kept from the
     * previous build, or the problems that stopped it.
     */
    private record Outcome(Map<String, String> files, int kept, List<String> problems) {
    }

    private static Outcome build(Path content, Path theme, Path out, Path cache, Options options) throws IOException {
        BuildResult result;
        try {
            // Sources are relied on by their look as soon as they are written, so that a build with nothing changed
            // finds the site up to date here too.
            result = new SiteBuild(new BuildOptions(content, theme, out, options.drafts, options.offline, options.baseUrl,
                    cache), 0).run();
        } catch (ContentErrors e) {
            return new Outcome(Map.of(), 0, e.diagnostics().stream().map(Object::toString).toList());
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Arrays.toString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Outcome(files, result.kept(), List.of());
    }

    private static void apply(Change change, Random random, Path content, Path theme, Options options)
            throws IOException {
        List<Path> interviews = interviews(content);
        switch (change) {
            case EDIT_TURN -> {
                Path file = pick(interviews, random);
                String text = Files.readString(file);
                int body = text.indexOf("\n---\n") + 5;
                int stop = text.indexOf('.', body);
                if (stop > 0) {
                    Files.writeString(file, text.substring(0, stop) + ", edited " + random.nextInt(1000)
                            + text.substring(stop));
                }
            }
            // The name may collide with another's (same slug, other spelling), which renumbers person pages.
            case ADD_INTERVIEW -> Files.writeString(content.resolve("interviews/2025-06-0" + (1 + random.nextInt(9))
                    + "-added-" + random.nextInt(1000) + ".md"), ADDED.formatted(List.of("Ada Lovelace", "Claire Durand",
                    "Clàire Durand", "Eloise Vidal", "Éloïse Vidal").get(random.nextInt(5))));
            case SLUG -> edit(pick(interviews, random), "\ntitle:", "\nslug: moved-" + random.nextInt(3) + "\ntitle:");
            case RETITLE -> {
                Path file = pick(interviews, random);
                String text = Files.readString(file);
                Files.writeString(file, text.replaceFirst("(?m)^title: .*$", "title: Retitled " + random.nextInt(1000)));
            }
            case SPEAKER_NAME -> {
                Path file = pick(interviews, random);
                String text = Files.readString(file);
                Files.writeString(file, text.contains("Claire Durand") ? text.replace("Claire Durand", "Clàire Durand")
                        : text.replace("Clàire Durand", "Claire Durand").replace("Sam \"Q\" Interviewer", "Claire Durand"));
            }
            case TRANSLATION -> {
                Path file = pick(interviews, random);
                String text = Files.readString(file);
                String slug = interviews.get(random.nextInt(interviews.size())).getFileName().toString()
                        .replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "").replace(".md", "");
                Files.writeString(file, text.contains("\ntranslations:") ? text.replaceFirst("\ntranslations: .*", "")
                        : text.replaceFirst("\ntitle:", "\ntranslations: [" + slug + "]\ntitle:"));
            }
            case DRAFT -> {
                Path file = pick(interviews, random);
                String text = Files.readString(file);
                Files.writeString(file, text.contains("\ndraft: true") ? text.replace("\ndraft: true", "")
                        : text.replaceFirst("\ntitle:", "\ndraft: true\ntitle:"));
            }
            case TEMPLATE -> {
                Path layout = theme.resolve("layout.html");
                String text = Files.readString(layout).replaceFirst("<meta name=\"test-changed\" content=\"\\d+\">", "");
                Files.writeString(layout, text.replaceFirst("</head>",
                        "<meta name=\"test-changed\" content=\"" + random.nextInt(1000) + "\"></head>"));
            }
            case DRAFTS -> options.drafts = !options.drafts;
            case DELETE_INTERVIEW -> {
                if (interviews.size() > 1) {
                    Files.delete(pick(interviews, random));
                }
            }
            case RENAME_INTERVIEW -> {
                Path file = pick(interviews, random);
                Files.move(file, file.resolveSibling("2025-07-0" + (1 + random.nextInt(9)) + "-renamed-"
                        + random.nextInt(1000) + ".md"));
            }
            case TOPIC_ALIASES -> edit(content.resolve("topics.yaml"), "aliases: [storm, storms",
                    "aliases: [storm, storms, busy");
            case PEOPLE -> edit(content.resolve("people.yaml"), "A fictional harbour master",
                    "A fictional harbour master, " + random.nextInt(1000) + " years at sea");
            case SITE_TITLE -> edit(content.resolve("site.yaml"), "title: \"Every element",
                    "title: \"Every element " + random.nextInt(1000));
            case PARTIAL -> {
                Path noteref = theme.resolve("partials/noteref.html");
                String text = Files.readString(noteref).replaceFirst(" data-changed=\"\\d+\"", "");
                Files.writeString(noteref, text.replaceFirst("<sup", "<sup data-changed=\"" + random.nextInt(1000) + "\""));
            }
            case MESSAGES -> Files.writeString(theme.resolve("i18n/messages.properties"),
                    "\nui.editorsNoteAbbreviation=Ed." + random.nextInt(1000) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            case NOTHING -> {
            }
            case SITE_EDITED -> {
                Path file = pick(siteFiles(options.site), random);
                Files.write(file, "<!-- edited by hand -->".getBytes(StandardCharsets.UTF_8),
                        java.nio.file.StandardOpenOption.APPEND);
            }
            case SITE_FILE_REMOVED -> Files.delete(pick(siteFiles(options.site), random));
            case SITE_FILE_ADDED -> Files.writeString(pick(siteFiles(options.site), random)
                    .resolveSibling("stray-" + random.nextInt(1000) + ".html"), "<p>not built</p>");
            case TOUCH -> {
                Path file = pick(interviews, random);
                Files.write(file, Files.readAllBytes(file));
            }
            case OFFLINE -> options.offline = !options.offline;
            case BASE_URL -> options.baseUrl = options.baseUrl == null ? "https://mirror" + random.nextInt(10)
                    + ".example.org/" : null;
            default -> throw new IllegalStateException(change.name());
        }
    }

    /** Replaces the first {@code from} in {@code file}, or puts it back when the file already has {@code to}. */
    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.contains(from) ? text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)) : text);
    }

    private static Path pick(List<Path> files, Random random) {
        return files.get(random.nextInt(files.size()));
    }

    private static List<Path> siteFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        }
    }

    private static List<Path> interviews(Path content) throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("interviews"))) {
            return new ArrayList<>(files.sorted().toList());
        }
    }
}
