package org.verbatim.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.verbatim.build.TestSite;

/**
 * Whatever an interview file holds — broken YAML, unbalanced brackets, nested notes, NUL bytes, invalid
 * UTF-8, CRLF, a BOM, very long lines, hostile slugs — a build either succeeds or reports
 * {@code path:line:col: message} problems with exit code 1: never a crash, and never a file written, changed or
 * left behind anywhere outside the output folder.
 */
class MalformedContentProperties {
    private static final Pattern DIAGNOSTIC = Pattern.compile("^.+:\\d+:\\d+: .+$");
    private static final String VALID = """
            ---
            title: A valid interview
            date: 2024-03-01
            speakers:
              Q: { name: The Paper, role: interviewer }
              A: { name: Ada Lovelace, role: interviewee }
            topics: [ai-act]
            ---

            Q: A question about the AI Act?[^n]

            A: An answer [ed: with a note] and *emphasis*.
            {topics: microsoft}

            > [!related]
            > [A link](https://example.org/)

            [^n]: A footnote.
            """;

    /**
     * The folder every try works in, and the whole of what the confinement check watches: each try's site sits a
     * few folders down inside it, so that a path climbing out of the site with {@code ../} still lands here, where
     * the check sees it. Emptied after every try, so one try's files are never taken for another's.
     */
    private static Path temp;

    @BeforeContainer
    static void createFolder() throws IOException {
        temp = Files.createTempDirectory("verbatim-properties");
    }

    @AfterTry
    void emptyFolder() throws IOException {
        deleteTree(temp, false);
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        deleteTree(temp, true);
    }

    // Seeds are pinned so that CI is reproducible; change them (or drop them) locally to explore new inputs.
    @Property(tries = 120, seed = "20261128")
    void aMutatedInterviewBuildsOrIsReportedNeverCrashes(@ForAll("mutatedInterviews") byte[] file) throws IOException {
        TestSite site = TestSite.minimal(siteRoot()).bytes("interviews/mutated.md", file).write();
        Map<String, String> before = everythingBut(site.out());
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("\tat ");
        if (run.exit() == 1) {
            List<String> lines = run.err().lines().toList();
            assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> DIAGNOSTIC.matcher(line).matches());
        }
        assertWroteOnlyTheSite(site, before, run);
    }

    @Property(tries = 80, seed = "20261128")
    void noSlugWritesOutsideTheSite(@ForAll("slugs") String slug) throws IOException {
        String frontMatter = "---\ntitle: Slug\ndate: 2024-01-01\nslug: " + slug
                + "\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: Hi.\n";
        TestSite site = TestSite.minimal(siteRoot()).file("interviews/slug.md", frontMatter).write();
        Map<String, String> before = everythingBut(site.out());
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertWroteOnlyTheSite(site, before, run);
        if (run.exit() == 0) {
            // Inside the site, too, the slug is only ever one plain folder name under interviews/.
            assertThat(site.out().resolve("interviews")).isDirectory();
            try (Stream<Path> folders = Files.list(site.out().resolve("interviews"))) {
                assertThat(folders.map(p -> p.getFileName().toString()).toList())
                        .singleElement().asString().matches("[a-z0-9]+(-[a-z0-9]+)*");
            }
        }
    }

    /** A new, empty site folder a few levels below {@link #temp}. */
    private static Path siteRoot() throws IOException {
        return Files.createDirectories(temp.resolve("a/b/c/d/site-root"));
    }

    /**
     * Outside the output folder, everything under {@link #temp} is as it was before the build: no file written,
     * changed or removed anywhere, not even in the content folder, and no staging folder left behind. A failed
     * build must not have made the output folder either.
     */
    private static void assertWroteOnlyTheSite(TestSite site, Map<String, String> before, TestSite.Run run)
            throws IOException {
        Map<String, String> after = everythingBut(site.out());
        Map<String, String> changes = new TreeMap<>();
        before.forEach((path, was) -> {
            if (!after.containsKey(path)) {
                changes.put(path, "removed");
            } else if (!after.get(path).equals(was)) {
                changes.put(path, "changed");
            }
        });
        after.keySet().stream().filter(path -> !before.containsKey(path)).forEach(path -> changes.put(path, "created"));
        assertThat(changes).as("outside %s (under %s); the build printed: %s", site.out(), temp, run.err()).isEmpty();
        if (run.exit() != 0) {
            assertThat(site.out()).as(run.err()).doesNotExist();
        }
    }

    /** Every file and folder under {@link #temp}, by path, with what it holds, except inside {@code out}. */
    private static Map<String, String> everythingBut(Path out) throws IOException {
        Map<String, String> found = new TreeMap<>();
        Files.walkFileTree(temp, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(out)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                found.put(temp.relativize(dir) + "/", "folder");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                found.put(temp.relativize(file).toString(), attributes.isRegularFile() ? digest(Files.readAllBytes(file))
                        : attributes.isSymbolicLink() ? "link to " + Files.readSymbolicLink(file) : "other");
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root, boolean itself) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                if (itself || !path.equals(root)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedInterviews() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of("[", "]", "[ed: ", "[ed: [ed: nested]]", "[^", "[^n]", "[^x]: ", "{topics: ", "{topics: nope}",
                        "---\n", "> [!ed]\n", "> [!related]\n", "\n", "\r\n", "\uFEFF", "\u0000", ":", "Q: ", "X: ",
                        "  ", "\t", "<script>alert(1)</script>", "\"", "'", "{", "}", "slug: ../../x\n", "date: 2024-99-99\n",
                        "speakers: []\n", "role: guest", "&amp;", "é", "🙂", "\\"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
                Arbitraries.strings().withChars('a', ' ').ofMinLength(5_000).ofMaxLength(20_000));
        Arbitrary<String> mutated = Combinators.combine(position, insert, position, Arbitraries.integers().between(0, 40))
                .as((at, text, cutAt, cutLength) -> {
                    String withInsert = VALID.substring(0, at) + text + VALID.substring(at);
                    int from = Math.min(cutAt, withInsert.length());
                    int to = Math.min(withInsert.length(), from + cutLength);
                    return withInsert.substring(0, from) + withInsert.substring(to);
                });
        Arbitrary<byte[]> asBytes = mutated.map(text -> text.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> withBadBytes = Combinators.combine(asBytes, Arbitraries.integers().between(0, 400),
                        Arbitraries.of((byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0x00, (byte) 0xE9))
                .as((bytes, at, bad) -> {
                    byte[] copy = bytes.clone();
                    copy[Math.min(at, copy.length - 1)] = bad;
                    return copy;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, asBytes), net.jqwik.api.Tuple.of(1, withBadBytes),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
    }

    @Provide
    Arbitrary<String> slugs() {
        return Arbitraries.oneOf(
                Arbitraries.of("../../../etc/passwd", "/etc/passwd", "..", ".", "a/../../b", "a\\..\\b", "%2e%2e%2fx",
                        "\"../x\"", "'..'", "CON", "a b", "ok-slug", "x".repeat(300), "\"\"", "[a, b]", "{a: b}"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(30)
                        .filter(s -> !s.contains("\n")));
    }
}
