package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** {@code check} reports without writing; {@code new} creates a file that builds and never overwrites one. */
class CheckAndNewCommandsTest {
    @TempDir
    Path temp;

    @Test
    void checkOnCleanContentExitsZeroAndWritesNothing() throws Exception {
        TestSite site = TestSite.copyOf(Path.of("content"), temp);
        site.build();
        TestSite.Run run = TestSite.run("check", "--content=" + site.content(), "--templates=" + TestSite.THEME);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No problems found.");
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
    }

    @Test
    void checkListsEveryProblemAsJsonForTools() throws Exception {
        TestSite site = TestSite.minimal(temp)
                .interview("one", "A: A note.[^missing]\n")
                .file("interviews/two.md", "---\ntitle: Two\ndate: 2024-02-30\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: x\n");
        site.build();
        Path siteFolder = site.out();
        TestSite.Run run = TestSite.run("check", "--content=" + site.content(), "--templates=" + TestSite.THEME,
                "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.path("ok").asBoolean()).isFalse();
        assertThat(report.path("count").asInt()).isEqualTo(2);
        JsonNode first = report.path("problems").get(0);
        assertThat(first.path("file").asText()).endsWith("interviews/one.md");
        assertThat(first.path("line").asInt()).isEqualTo(8);
        assertThat(first.path("column").asInt()).isEqualTo(11);
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("message").asText()).startsWith("footnote [^missing] has no definition");
        assertThat(report.path("problems").get(1).path("message").asText()).contains("2024-02-30");
        assertThat(siteFolder).doesNotExist();
    }

    @Test
    void checkReportsABrokenTemplateWithItsFileAndLine() throws Exception {
        TestSite site = TestSite.minimal(temp).interview("one", "A: Fine.\n");
        site.build();
        Path theme = TestSite.copyTheme(temp.resolve("theme"));
        Files.writeString(theme.resolve("home.html"), Files.readString(theme.resolve("home.html"))
                .replace("${site.description}", "${site.nosuchproperty}"));
        Path card = theme.resolve("partials/interview-card.html");
        Files.writeString(card, Files.readString(card).replace("${card.title}", "${card.nosuchproperty}"));
        TestSite.Run run = TestSite.run("check", "--content=" + site.content(), "--templates=" + theme);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).containsPattern("theme/(home|partials/interview-card)\\.html:\\d+:\\d+: template error: ")
                .doesNotContain("\tat ");
        Files.writeString(theme.resolve("home.html"), Files.readString(TestSite.THEME.resolve("home.html")));
        run = TestSite.run("check", "--content=" + site.content(), "--templates=" + theme);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).containsPattern("theme/partials/interview-card\\.html:\\d+:\\d+: template error: ");
    }

    @Test
    void aBrokenPartialMetWhileReadingIsAProblemAtItsFileNotACrash() throws Exception {
        // Footnote references and inline editor's notes are rendered as the body is parsed, before any page.
        TestSite site = TestSite.minimal(temp).interview("one", "A: Fine.[^1] [ed: an inline note]\n\n[^1]: A note.\n");
        assertThat(site.build().exit()).isZero();
        byte[] before = Files.readAllBytes(site.out().resolve("index.html"));
        Path theme = TestSite.copyTheme(temp.resolve("theme"));
        for (String partial : new String[] {"noteref.html", "ed-inline.html"}) {
            Path file = theme.resolve("partials/" + partial);
            String good = Files.readString(file);
            Files.writeString(file, good.replaceFirst("<(\\w+)", "<$1 data-x=\"1\" data-x=\"2\""));
            for (String command : new String[] {"build", "check"}) {
                TestSite.Run run = TestSite.run(command, "--content=" + site.content(), "--templates=" + theme,
                        command.equals("build") ? "--out=" + site.out() : "--drafts");
                assertThat(run.exit()).as("%s with a broken %s", command, partial).isEqualTo(1);
                assertThat(run.err()).containsPattern("theme/partials/" + partial.replace(".", "\\.")
                        + ":1:\\d+: template error: ").doesNotContain("internal error").doesNotContain("\tat ");
            }
            Files.writeString(file, good);
        }
        assertThat(Files.readAllBytes(site.out().resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void newCreatesADraftThatBuildsWithoutErrors() throws Exception {
        TestSite site = TestSite.minimal(temp);
        site.build();
        TestSite.Run created = TestSite.run("new", "“A headline”: with colon", "--interviewee", "Éric O'Brien",
                "--interviewer", "The Paper", "--date", "2024-05-06", "--content=" + site.content());
        assertThat(created.exit()).as(created.err()).isZero();
        Path file = site.content().resolve("interviews/2024-05-06-eric-o-brien.md");
        assertThat(created.out()).contains("Created " + file);
        assertThat(Files.readString(file)).contains("draft: true").contains("title: \"“A headline”: with colon\"");
        TestSite.Run built = TestSite.run("build", "--content=" + site.content(), "--templates=" + TestSite.THEME,
                "--out=" + temp.resolve("out"), "--drafts");
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(temp.resolve("out/interviews/eric-o-brien/index.html")).content()
                .contains("“A headline”: with colon").contains("Éric O&#39;Brien").contains("Draft — not published");
    }

    @Test
    void newRefusesToOverwriteAnExistingInterview() throws Exception {
        Path content = temp.resolve("content");
        String[] args = {"new", "Title", "--interviewee", "Ada Lovelace", "--date", "2024-01-01", "--content=" + content};
        assertThat(TestSite.run(args).exit()).isZero();
        Path file = content.resolve("interviews/2024-01-01-ada-lovelace.md");
        Files.writeString(file, "edited by hand");
        TestSite.Run again = TestSite.run(args);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists; it was left as it was");
        assertThat(file).hasContent("edited by hand");
    }

    @Test
    void newNeedsAnInterviewee() {
        TestSite.Run run = TestSite.run("new", "Title");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--interviewee=NAME'").contains("Usage: verbatim new");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : new String[] {"build", "serve", "check", "new"}) {
            TestSite.Run run = TestSite.run(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: verbatim " + command).contains("Examples:");
        }
    }

    @Test
    void anUnknownOptionOnAnyCommandIsAOneLineErrorAndTheUsage() {
        for (String[] args : new String[][] {{"serve", "--bogus"}, {"check", "--bogus"},
                {"new", "Title", "--interviewee", "Ada", "--bogus"}}) {
            String command = args[0];
            TestSite.Run run = TestSite.run(args);
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err().lines().findFirst().orElse("")).startsWith("verbatim: ").contains("--bogus");
            assertThat(run.err()).contains("Usage: verbatim " + command);
        }
    }
}
