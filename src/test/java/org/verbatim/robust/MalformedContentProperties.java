package org.verbatim.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.verbatim.build.TestSite;

/**
 * Whatever an interview file holds — broken YAML, unbalanced brackets, nested notes, NUL bytes, invalid
 * UTF-8, CRLF, a BOM, very long lines, hostile slugs — a build either succeeds or reports
 * {@code path:line:col: message} problems with exit code 1: never a crash, and never a file outside the site.
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

    /** One folder for every try of every property, removed when the class is done. */
    private static Path temp;

    @BeforeContainer
    static void createFolder() throws IOException {
        temp = Files.createTempDirectory("verbatim-properties");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    // Seeds are pinned so that CI is reproducible; change them (or drop them) locally to explore new inputs.
    @Property(tries = 120, seed = "20261128")
    void aMutatedInterviewBuildsOrIsReportedNeverCrashes(@ForAll("mutatedInterviews") byte[] file) throws IOException {
        Path root = Files.createTempDirectory(temp, "site");
        TestSite site = TestSite.minimal(root).bytes("interviews/mutated.md", file);
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("\tat ");
        if (run.exit() == 1) {
            List<String> lines = run.err().lines().toList();
            assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> DIAGNOSTIC.matcher(line).matches());
        }
        assertOnlyContentAndSite(root);
    }

    @Property(tries = 80, seed = "20261128")
    void noSlugWritesOutsideTheSite(@ForAll("slugs") String slug) throws IOException {
        Path root = Files.createTempDirectory(temp, "site");
        String frontMatter = "---\ntitle: Slug\ndate: 2024-01-01\nslug: " + slug
                + "\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: Hi.\n";
        TestSite site = TestSite.minimal(root).file("interviews/slug.md", frontMatter);
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertOnlyContentAndSite(root);
        if (run.exit() == 0) {
            try (Stream<Path> pages = Files.walk(site.out().resolve("interviews"))) {
                assertThat(pages.filter(Files::isRegularFile))
                        .allMatch(page -> page.normalize().startsWith(site.out().resolve("interviews")));
            }
        }
    }

    /** Nothing was written beside the content and the site: no escaped file, no leftover staging folder. */
    private static void assertOnlyContentAndSite(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            assertThat(entries.map(p -> p.getFileName().toString())).isSubsetOf("content", "site");
        }
        try (Stream<Path> entries = Files.list(root.getParent())) {
            assertThat(entries.filter(p -> !p.getFileName().toString().startsWith("site"))).isEmpty();
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
