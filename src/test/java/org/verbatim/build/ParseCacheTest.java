package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.render.TemplateRenderer;
import org.verbatim.source.ContentFolder;

/**
 * Interviews read back from the build cache equal the interviews read from their files, on every corpus the tests
 * have; a build through a warm cache writes the same bytes as a build without one; an entry that is damaged, or
 * whose inputs changed, is read again, never trusted.
 */
class ParseCacheTest {
    private static final List<Path> CORPORA = List.of(Path.of("content"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/bilingual"), Path.of("src/test/resources/every-element"),
            Path.of("src/test/resources/sites/seed/content"), Path.of("src/test/resources/sites/archive/content"),
            Path.of("src/test/resources/sites/offline/content"));

    @TempDir
    Path temp;

    @Test
    void everyInterviewOfEveryCorpusComesBackFromTheCacheEqual() throws IOException {
        TemplateRenderer theme = new TemplateRenderer(TestSite.THEME);
        int files = 0;
        for (Path corpus : CORPORA) {
            Path cacheDir = temp.resolve("cache-" + corpus.getFileName() + files);
            SiteLoader.Content fresh = new SiteLoader(theme).load(new ContentFolder(corpus));
            ParseCache cold = cache(cacheDir, corpus);
            new SiteLoader(theme, cold).load(new ContentFolder(corpus));
            ParseCache warm = cache(cacheDir, corpus);
            SiteLoader.Content cached = new SiteLoader(theme, warm).load(new ContentFolder(corpus));

            assertThat(read(cached)).as("%s", corpus).isEqualTo(read(fresh));
            long clean = fresh.interviews().values().stream().filter(r -> r.problems().isEmpty()).count();
            assertThat(cold.hits()).isZero();
            assertThat(warm.hits()).as("files of %s taken from the cache", corpus).isEqualTo((int) clean).isPositive();
            files += fresh.interviews().size();
        }
        assertThat(files).isGreaterThan(10);
    }

    @Test
    void aBuildThroughAWarmCacheWritesWhatABuildWithoutOneWrites() throws IOException {
        TestSite site = TestSite.copyOf(Path.of("src/test/resources/every-element"), temp.resolve("a"));
        Path cacheDir = temp.resolve("cache");
        assertThat(site.build("--cache-dir=" + cacheDir).exit()).isZero();
        assertThat(site.build("--cache-dir=" + cacheDir).exit()).isZero();
        Map<String, String> warm = files(site.out());
        assertThat(site.build().exit()).isZero();
        assertThat(warm).isEqualTo(files(site.out())).isNotEmpty();

        // One interview edited: its entry is new, the others' are reused, and the site is again a clean build's.
        Path interview;
        try (Stream<Path> interviews = Files.list(site.content().resolve("interviews"))) {
            interview = interviews.sorted().findFirst().orElseThrow();
        }
        Files.writeString(interview, Files.readString(interview).replaceFirst("\n\n", "\n\nAn added paragraph.\n\n"));
        assertThat(TestSite.run("build", "--content=" + site.content(), "--templates=" + TestSite.THEME,
                "--out=" + site.out(), "--cache-dir=" + cacheDir).exit()).isZero();
        Map<String, String> edited = files(site.out());
        assertThat(TestSite.run("build", "--content=" + site.content(), "--templates=" + TestSite.THEME,
                "--out=" + site.out()).exit()).isZero();
        assertThat(edited).isEqualTo(files(site.out())).isNotEqualTo(warm);
    }

    @Test
    void notesWithLinksToOtherInterviewsResolveThroughTheCacheToo() throws IOException {
        TestSite site = TestSite.minimal(temp.resolve("b"))
                .interview("first", "A: See the other one.[^1]\n\n[^1]: Read [the second](@/interviews/second.md#t1).\n")
                .interview("second", "Q: A question?\n\nA: An answer.\n");
        Path cacheDir = temp.resolve("cache");
        assertThat(site.build("--cache-dir=" + cacheDir).exit()).isZero();
        assertThat(site.build("--cache-dir=" + cacheDir).exit()).isZero();
        Map<String, String> warm = files(site.out());
        assertThat(site.build().exit()).isZero();
        assertThat(warm).isEqualTo(files(site.out()));
        String page = warm.entrySet().stream().filter(e -> e.getKey().matches("interviews/[^/]*first[^/]*/index.html"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(page).doesNotContain("@/interviews").contains("second");
    }

    @Test
    void thePreviewReusesWhatABuildReadThoughItNamesTheFolderByItsAbsolutePath() throws IOException {
        Path relative = Path.of("src/test/resources/every-element");
        Path absolute = relative.toAbsolutePath().normalize();
        Path cacheDir = temp.resolve("cache");
        assertThat(TestSite.run("build", "--content=" + relative, "--templates=" + TestSite.THEME,
                "--out=" + temp.resolve("site"), "--cache-dir=" + cacheDir).exit()).isZero();
        TemplateRenderer theme = new TemplateRenderer(TestSite.THEME);
        ParseCache preview = ParseCache.in(cacheDir, absolute, TestSite.THEME, ParseCache.program());
        SiteLoader.Content cached = new SiteLoader(theme, preview).load(new ContentFolder(absolute));
        SiteLoader.Content fresh = new SiteLoader(theme).load(new ContentFolder(absolute));
        assertThat(preview.hits()).isEqualTo(fresh.interviews().size()).isEqualTo(3);
        assertThat(read(cached)).isEqualTo(read(fresh));
        assertThat(cached.interviews().values().iterator().next().loaded().orElseThrow().interview().source())
                .isAbsolute();
    }

    @Test
    void aDamagedEntryIsReadAgainAndRewritten() throws IOException {
        Path corpus = Path.of("src/test/resources/every-element");
        TemplateRenderer theme = new TemplateRenderer(TestSite.THEME);
        Path cacheDir = temp.resolve("cache");
        SiteLoader.Content fresh = new SiteLoader(theme).load(new ContentFolder(corpus));
        new SiteLoader(theme, cache(cacheDir, corpus)).load(new ContentFolder(corpus));
        List<Path> entries = entries(cacheDir);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));  // truncated
        byte[] flipped = Files.readAllBytes(entries.get(1));
        flipped[flipped.length - 3] ^= 1;                                               // one bit off
        Files.write(entries.get(1), flipped);
        Files.writeString(entries.get(2), "not an entry at all");                       // garbage

        ParseCache damaged = cache(cacheDir, corpus);
        SiteLoader.Content read = new SiteLoader(theme, damaged).load(new ContentFolder(corpus));
        assertThat(read(read)).isEqualTo(read(fresh));
        assertThat(damaged.hits()).isEqualTo(entries.size() - 3);
        ParseCache repaired = cache(cacheDir, corpus);
        new SiteLoader(theme, repaired).load(new ContentFolder(corpus));
        assertThat(repaired.hits()).as("the damaged entries were rewritten").isEqualTo(entries.size());
    }

    @Test
    void entriesAreNotReusedWhenWhatReadingDependsOnChanges() throws IOException {
        Path content = temp.resolve("content");
        TestSite.copyFolder(Path.of("src/test/resources/every-element"), content);
        Path theme = TestSite.copyTheme(temp.resolve("theme"));
        Path cacheDir = temp.resolve("cache");
        read(content, theme, cacheDir, "program 1");
        assertThat(read(content, theme, cacheDir, "program 1")).as("nothing changed").isPositive();

        assertThat(read(content, theme, cacheDir, "program 2")).as("another program").isZero();
        Files.writeString(content.resolve("topics.yaml"), "\n# a comment\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(read(content, theme, cacheDir, "program 1")).as("topics.yaml changed").isZero();
        Path noteref = theme.resolve("partials/noteref.html");
        Files.writeString(noteref, Files.readString(noteref).replace("<sup", "<sup data-x=\"1\""));
        assertThat(read(content, theme, cacheDir, "program 1")).as("a partial changed").isZero();
        assertThat(read(content, theme, cacheDir, "program 1")).as("and then kept again").isPositive();
    }

    private static int read(Path content, Path theme, Path cacheDir, String program) throws IOException {
        ParseCache cache = ParseCache.in(cacheDir, content, theme, program);
        new SiteLoader(new TemplateRenderer(theme), cache).load(new ContentFolder(content));
        return cache.hits();
    }

    /** What reading gave for each file, without the cache keys (a load without a cache has none). */
    @Test
    void filesThatLookAsTheyDidAreNotReadAgainAndAnEditedOneIs() throws IOException {
        TemplateRenderer theme = new TemplateRenderer(TestSite.THEME);
        Path corpus = TestSite.copyFolder(Path.of("src/test/resources/every-element"), temp.resolve("content"));
        Path cacheDir = temp.resolve("cache");
        ParseCache cold = ParseCache.in(cacheDir, corpus, TestSite.THEME, "test", 0);
        new SiteLoader(theme, cold).load(new ContentFolder(corpus));
        cold.saveStamps();
        ParseCache warm = ParseCache.in(cacheDir, corpus, TestSite.THEME, "test", 0);
        SiteLoader.Content cached = new SiteLoader(theme, warm).load(new ContentFolder(corpus));
        SiteLoader.Content fresh = new SiteLoader(theme).load(new ContentFolder(corpus));
        assertThat(warm.unread()).isEqualTo(fresh.interviews().size()).isPositive();
        assertThat(read(cached)).isEqualTo(read(fresh));

        // Edited in place, its size and modification time put back: read again all the same.
        Path interview;
        try (Stream<Path> interviews = Files.list(corpus.resolve("interviews"))) {
            interview = interviews.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(interview);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(interview);
        String edited = text.replaceFirst("(?m)^title: (.)", "title: X");
        assertThat(edited).isNotEqualTo(text).hasSameSizeAs(text);
        try {
            Thread.sleep(30);  // the file system's clock moves on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.writeString(interview, edited);
        Files.setLastModifiedTime(interview, time);
        ParseCache again = ParseCache.in(cacheDir, corpus, TestSite.THEME, "test", 0);
        SiteLoader.Content reread = new SiteLoader(theme, again).load(new ContentFolder(corpus));
        assertThat(again.unread()).isEqualTo(fresh.interviews().size() - 1);
        assertThat(read(reread)).isEqualTo(read(new SiteLoader(theme).load(new ContentFolder(corpus))))
                .isNotEqualTo(read(fresh));
    }

    private static Map<Path, List<Object>> read(SiteLoader.Content content) {
        Map<Path, List<Object>> read = new java.util.TreeMap<>();
        content.interviews().forEach((file, result) -> read.put(file, List.of(result.loaded(), result.problems())));
        return read;
    }

    private static ParseCache cache(Path folder, Path content) throws IOException {
        return ParseCache.in(folder, content, TestSite.THEME, "test");
    }

    private static List<Path> entries(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
