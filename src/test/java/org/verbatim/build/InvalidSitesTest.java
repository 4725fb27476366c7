package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid sites: each folder {@code src/test/resources/sites/invalid/<case>/} holds a {@code content/} folder
 * with something wrong in it and {@code expected-problems.txt}, whose first line is {@code exit code: N} and whose
 * other lines are exactly what {@code verbatim build} prints on stderr, with the content folder's path written as
 * {@code content} ({@code content/interviews/bad.md:2:1: …}, then the count).
 *
 * <p>Each case is built into a folder that already holds a good site; the build must exit with the expected
 * (non-zero) code, print exactly the expected lines, and leave the good site, and every other file and folder
 * beside it, exactly as they were: no file changed or touched, no staging folder left behind. {@code verbatim check}
 * must report the same problems with the same exit code.
 *
 * <p>{@code -Dverbatim.updateGolden=true} rewrites each {@code expected-problems.txt} from what the build prints now
 * (the guarantees above are still checked); review the diff. See {@code src/test/resources/sites/README.md}.
 */
class InvalidSitesTest {
    private static final String EXIT_PREFIX = "exit code: ";
    /** The previous site's one interview, the same as the good interview each fixture has beside its bad file. */
    private static final String GOOD_INTERVIEW = """
            ---
            title: A test interview
            date: 2024-03-01
            speakers:
              Q: { name: The Paper, role: interviewer }
              A: { name: Ada Brennan, role: interviewee }
            ---
            Q: A good question?

            A: A good answer.
            """;

    @TempDir
    Path temp;

    static Stream<String> cases() {
        return GoldenCorpus.cases(GoldenCorpus.INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBuildReportsExactlyTheExpectedProblemsAndLeavesThePreviousSiteAsItWas(String name) throws IOException {
        Path folder = GoldenCorpus.INVALID.resolve(name);
        Path content = folder.resolve("content");
        TestSite previous = TestSite.minimal(temp).file("interviews/good.md", GOOD_INTERVIEW);
        assertThat(previous.build().exit()).isZero();
        Map<String, String> before = GoldenCorpus.fingerprint(temp);

        TestSite.Run build = TestSite.run("build", "--content=" + content, "--templates=" + TestSite.THEME,
                "--out=" + previous.out());
        List<String> actual = new ArrayList<>();
        actual.add(EXIT_PREFIX + build.exit());
        actual.addAll(lines(build.err(), content));

        Path expectedFile = folder.resolve("expected-problems.txt");
        if (GoldenCorpus.updating()) {
            Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("%s has no expected-problems.txt yet; create it with -D%s=true", folder,
                GoldenCorpus.UPDATE_PROPERTY).isRegularFile();
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        assertThat(build.exit()).as("exit code of a build of an invalid site; stderr: %s", build.err()).isNotZero();
        assertThat(actual).as("exit code and stderr of 'verbatim build' on %s (stdout: %s); if the change is intended, "
                + "rewrite it with -D%s=true", content, build.out(), GoldenCorpus.UPDATE_PROPERTY)
                .containsExactlyElementsOf(expected);
        assertThat(GoldenCorpus.changes(before, GoldenCorpus.fingerprint(temp)))
                .as("changes to the previous site in %s and beside it", previous.out()).isEmpty();

        TestSite.Run check = TestSite.run("check", "--content=" + content, "--templates=" + TestSite.THEME);
        assertThat(check.exit()).as("exit code of 'verbatim check'; stderr: %s", check.err()).isEqualTo(build.exit());
        assertThat(withoutLast(lines(check.err(), content))).as("problems 'verbatim check' prints")
                .containsExactlyElementsOf(withoutLast(actual.subList(1, actual.size())));
    }

    /** The lines of {@code printed}, with the content folder's path, which is the checkout's, written as {@code content}. */
    private static List<String> lines(String printed, Path content) {
        return printed.replace(content.toString(), "content").lines().toList();
    }

    /** Without the count at the end, which build and check word differently. */
    private static List<String> withoutLast(List<String> lines) {
        return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
    }
}
