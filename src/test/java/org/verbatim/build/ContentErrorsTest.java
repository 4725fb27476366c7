package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad content gives {@code path:line:col: message} on stderr, exit code 1, no stack trace,
 * and leaves the previously built site exactly as it was.
 */
class ContentErrorsTest {
    @TempDir
    Path temp;
    TestSite site;
    Map<String, String> previousSite;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        site = TestSite.minimal(temp).interview("good", "Q: A good question?\n\nA: A good answer.\n");
        assertThat(site.build().exit()).isZero();
        previousSite = snapshot(site.out());
    }

    /** Builds, expects failure, and returns stderr after checking the exit code and the untouched site. */
    private String failingBuild() throws IOException {
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot(site.out())).isEqualTo(previousSite);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        return run.err();
    }

    private String file(String relative) {
        return site.content().resolve(relative).toString();
    }

    @Test
    void anUnknownFrontMatterKeyIsReportedWithItsLineAndASuggestion() throws IOException {
        site.file("interviews/bad.md", """
                ---
                tilte: Typo
                title: Real
                date: 2024-01-01
                speakers: { A: { name: Ada, role: interviewee } }
                ---
                A: Hi.
                """);
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":2:1: unknown key 'tilte' in front matter (custom data goes under 'params:') (did you mean 'title'?)");
    }

    @Test
    void missingTitleDateAndSpeakersAreEachReported() throws IOException {
        site.file("interviews/bad.md", "---\nsummary: nothing else\n---\nText.\n");
        String err = failingBuild();
        assertThat(err).contains(file("interviews/bad.md") + ":2:1: missing required key 'title' in front matter")
                .contains(file("interviews/bad.md") + ":2:1: missing required key 'date' in front matter")
                .contains(file("interviews/bad.md") + ":2:1: missing required key 'speakers' in front matter");
    }

    @Test
    void aBadDateIsReportedWhereItIsWritten() throws IOException {
        site.file("interviews/bad.md", """
                ---
                title: Bad date
                date: 28/02/2024
                speakers: { A: { name: Ada, role: interviewee } }
                ---
                A: Hi.
                """);
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":3:7: date '28/02/2024' is not a date in the form YYYY-MM-DD");
    }

    @Test
    void anUnknownSpeakerRoleIsReported() throws IOException {
        site.file("interviews/bad.md", """
                ---
                title: Bad role
                date: 2024-01-01
                speakers:
                  A: { name: Ada, role: guest }
                ---
                A: Hi.
                """);
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":5:25: unknown role 'guest' for speaker 'A'; use interviewer, interviewee or other");
    }

    @Test
    void aFootnoteWithoutDefinitionIsReportedAtTheReference() throws IOException {
        site.interview("bad", "Q: Question?\n\nA: An answer with a note.[^missing]\n");
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":10:26: footnote [^missing] has no definition; add a line '[^missing]: …'");
    }

    @Test
    void aFootnoteNeverReferencedIsReportedAtTheDefinition() throws IOException {
        site.interview("bad", "A: No reference here.\n\n[^lonely]: An orphan note.\n");
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":10:1: footnote [^lonely] is defined but never referenced");
    }

    @Test
    void anUnknownPassageTopicIsReportedWithTheNearestKnownId() throws IOException {
        site.interview("bad", "A: About Microsoft.\n{topics: microsft, -ai-act}\n");
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":9:10: unknown topic 'microsft' (did you mean 'microsoft'?); topics are declared in topics.yaml");
    }

    @Test
    void anUnknownInterviewTopicIsReported() throws IOException {
        site.file("interviews/bad.md", """
                ---
                title: Topics
                date: 2024-01-01
                topics: [mistral, microsoft]
                speakers: { A: { name: Ada, role: interviewee } }
                ---
                A: Hi.
                """);
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":4:10: unknown topic 'mistral' (did you mean 'mistral-ai'?)");
    }

    @Test
    void aHostileSlugIsRefusedAndNothingIsWrittenOutsideTheSite() throws IOException {
        site.file("interviews/bad.md", """
                ---
                title: Escape
                date: 2024-01-01
                slug: ../../../etc/evil
                speakers: { A: { name: Ada, role: interviewee } }
                ---
                A: Hi.
                """);
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":4:7: slug '../../../etc/evil' must be lower-case letters, digits and single hyphens");
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("evil"))).isEmpty();
        }
        assertThat(temp.resolve("../etc/evil").normalize()).doesNotExist();
    }

    @Test
    void malformedYamlIsReportedWithTheFileLine() throws IOException {
        site.file("interviews/bad.md", """
                ---
                title: Broken
                date: 2024-01-01
                speakers: { A: { name: Ada, role: interviewee }
                ---
                A: Hi.
                """);
        assertThat(failingBuild()).containsPattern(java.util.regex.Pattern.quote(file("interviews/bad.md"))
                + ":[45]:\\d+: malformed YAML: ");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtTheFirstBadByte() throws IOException {
        byte[] latin1 = "---\ntitle: Caf\u00e9\ndate: 2024-01-01\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        site.bytes("interviews/latin1.md", latin1);
        assertThat(failingBuild()).contains(file("interviews/latin1.md")
                + ":2:11: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void aMissingFrontMatterIsReported() throws IOException {
        site.file("interviews/bad.md", "A: Just text.\n");
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":1:1: an interview must start with front matter");
    }

    @Test
    void anUnknownSiteSettingIsReported() throws IOException {
        site.file("site.yaml", "title: Site\nbaseURL: https://example.org/\n");
        assertThat(failingBuild()).contains(file("site.yaml")
                + ":2:1: unknown key 'baseURL' in site.yaml (custom data goes under 'params:') (did you mean 'baseUrl'?)");
    }

    @Test
    void topicVocabularyProblemsAreReported() throws IOException {
        site.file("topics.yaml", """
                Bad_Id:
                  label: Bad
                nolabel:
                  description: Missing label
                sovereignty:
                  label: Sovereignty
                  seeAlso: [regulaton]
                """);
        String err = failingBuild();
        assertThat(err).contains(file("topics.yaml") + ":1:1: topic id 'Bad_Id' must be lower-case letters, digits and hyphens, at most 100 characters")
                .contains(file("topics.yaml") + ":4:3: missing required key 'label' in topic 'nolabel'")
                .contains(file("topics.yaml") + ":7:13: unknown topic 'regulaton'");
    }

    @Test
    void anAliasClaimedByTwoTopicsIsReported() throws IOException {
        site.file("topics.yaml", """
                ai-act:
                  label: AI Act
                  aliases: [AI Act]
                regulation:
                  label: Regulation
                  aliases: [regulation, ai act]
                """);
        assertThat(failingBuild()).contains(file("topics.yaml") + ":6:25: alias 'ai act' already belongs to topic 'ai-act'");
    }

    @Test
    void aPersonIdThatCannotNameAPageIsReported() throws IOException {
        site.file("people.yaml", "Ada Lovelace:\n  name: Ada Lovelace\n");
        assertThat(failingBuild()).contains(file("people.yaml")
                + ":1:1: person id 'Ada Lovelace' must be lower-case letters, digits and hyphens");
    }

    @Test
    void aSlugTooLongForAFolderNameIsReported() throws IOException {
        site.file("interviews/long.md", "---\ntitle: Long\ndate: 2024-01-01\nslug: " + "a".repeat(120)
                + "\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: Hi.\n");
        assertThat(failingBuild()).contains(file("interviews/long.md") + ":4:7: slug is 120 characters long; keep it to 100 or fewer");
    }

    @Test
    void twoInterviewsWithOneSlugAreReported() throws IOException {
        site.file("interviews/2023-01-01-good.md", "---\ntitle: Twin\ndate: 2023-01-01\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: Hi.\n");
        assertThat(failingBuild()).contains("slug 'good' is already used by");
    }

    @Test
    void everyProblemOfABuildIsReportedAtOnceInFileOrder() throws IOException {
        site.interview("b-second", "A: Note[^x].\n")
                .file("interviews/a-first.md", "---\ntitle: First\ndate: 2024-13-01\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: Hi.\n");
        String err = failingBuild();
        assertThat(err).containsSubsequence(file("interviews/a-first.md") + ":3:7:", file("interviews/b-second.md") + ":8:8:");
        assertThat(err).contains("2 problem(s) found; the site was not changed.");
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path) + "@" + Files.getLastModifiedTime(path));
            }
        }
        return files;
    }
}
