package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** {@code verbatim import} on transcripts the test writes as tools write them, good and broken. */
class ImportCommandTest {
    @TempDir
    Path temp;

    /** A WebVTT file with the quirks of real exports: no header, NOTE blocks, hour offsets, <br><br>, a zero end. */
    private static final String VTT = """
            NOTE exported by a transcription service

            1
            01:00:01.000 --> 01:00:04.000 align:start
            <v Ines Carvalho>I was born in the village [Pescadero, California],

            2
            01:00:04.000 --> 01:00:09.500
            <v Ines Carvalho>in the house by the harbour.<br><br>Then the <i>factory</i> closed.

            NOTE a second note
            spread over two lines

            3
            01:00:10.000 --> 01:00:12.000
            <v.loud Sam Reporter>When did it close? &amp; why?

            4
            01:00:12.250 --> 00:00:00.000
            <v Ines Carvalho>In the [Great] Depression.
            """;

    private TestSite site() {
        return TestSite.minimal(temp.resolve("project"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private TestSite.Run importing(TestSite site, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("import", "--content=" + site.content()));
        command.addAll(List.of(args));
        return TestSite.run(command.toArray(String[]::new));
    }

    @Test
    void aWebVttTranscriptBecomesAnInterviewThatChecksAndRendersEveryWordWithItsSpeakerAndTime() throws IOException {
        TestSite site = site();
        site.build();  // writes the site's files
        Path vtt = write("ines-carvalho.vtt", VTT);
        TestSite.Run run = importing(site, vtt.toString(), "--date", "2023-05-10");
        assertThat(run.exit()).as(run.err()).isZero();
        Path written = site.content().resolve("interviews/2023-05-10-ines-carvalho.md");
        assertThat(run.out().strip()).isEqualTo(written.toString());
        String text = Files.readString(written);
        assertThat(text).contains("draft: true", "# Check before publishing", "title: made from the file's name",
                "IC: { name: \"Ines Carvalho\", role: interviewee }", "SR: { name: \"Sam Reporter\", role: interviewer }",
                "IC [01:00:01]: I was born in the village [ed: Pescadero, California], in the house by the harbour.",
                "\n\nThen the factory closed.\n", "SR [01:00:10]: When did it close? & why?",
                "IC [01:00:12.25]: In the [ed: Great] Depression.");

        assertThat(TestSite.run("check", "--content=" + site.content(), "--drafts").exit()).isZero();
        TestSite.Run build = TestSite.run("build", "--content=" + site.content(), "--templates=" + TestSite.THEME,
                "--out=" + site.out(), "--drafts", "--no-cache");
        assertThat(build.exit()).as(build.err()).isZero();
        Document page = site.page("interviews/ines-carvalho/index.html");
        assertThat(page.select(".turn .speaker-name").eachText())
                .containsExactly("Ines Carvalho", "Sam Reporter", "Ines Carvalho");
        assertThat(page.select(".turn").eachAttr("data-start")).containsExactly("3601", "3610", "3612.25");
        assertThat(page.select(".conversation").text().replaceAll("\\s*#\\s*", " ")).containsSubsequence(
                "I was born in the village", "Pescadero, California", "in the house by the harbour.",
                "Then the factory closed.", "When did it close? & why?", "In the", "Great", "Depression.");
    }

    @Test
    void anSrtTranscriptWithNamePrefixes() throws IOException {
        TestSite site = site();
        site.build();
        Path srt = write("harbour.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                Q: Was the harbour busy?

                2
                00:00:03,500 --> 00:00:06,000
                Ada Lovelace: Very busy,
                and loud.

                3
                00:00:06,000 --> 00:00:08,000
                Ada Lovelace: Every night.
                """);
        TestSite.Run run = importing(site, srt.toString(), "--date", "2024-01-02", "--title", "The harbour",
                "--speaker", "Q=PA:interviewer:The Paper");
        assertThat(run.exit()).as(run.err()).isZero();
        String text = Files.readString(site.content().resolve("interviews/2024-01-02-harbour.md"));
        assertThat(text).contains("title: \"The harbour\"", "PA: { name: \"The Paper\", role: interviewer }",
                "PA [00:00:01]: Was the harbour busy?", "AL [00:00:03.5]: Very busy, and loud. Every night.");
        assertThat(TestSite.run("check", "--content=" + site.content(), "--drafts").exit()).isZero();
    }

    @Test
    void aBrokenTimingLineIsAnErrorAtItsLineAndNothingIsWritten() throws IOException {
        TestSite site = site();
        site.build();
        Path good = write("good.vtt", VTT);
        Path broken = write("broken.vtt", "WEBVTT\n\n1\n00:00:01.000 -> 00:00:02.000\n<v A>Hello.\n");
        TestSite.Run run = importing(site, good.toString(), broken.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(broken + ":4:1: '00:00:01.000 -> 00:00:02.000' is not a cue timing");
        assertThat(site.content().resolve("interviews")).doesNotExist();

        Path srt = write("broken.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\nno timing here\n");
        assertThat(importing(site, srt.toString()).err()).contains(srt + ":6:1: subtitle 2 needs a timing line");
        Path latin1 = temp.resolve("latin1.vtt");
        Files.write(latin1, "WEBVTT\n\n00:01.000 --> 00:02.000\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(importing(site, latin1.toString()).err()).contains(latin1 + ":1:1: the file is not UTF-8 text");
        assertThat(importing(site, write("notes.dat", "hello").toString()).err()).contains("give --format ohms, vtt, srt, text or docx");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        TestSite site = site();
        site.build();
        Path vtt = write("ines.vtt", VTT);
        assertThat(importing(site, vtt.toString(), "--date", "2023-05-10").exit()).isZero();
        Path written = site.content().resolve("interviews/2023-05-10-ines.md");
        Files.writeString(written, "edited by hand");
        TestSite.Run again = importing(site, vtt.toString(), "--date", "2023-05-10");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains(written + " already exists; it was left as it was");
        assertThat(written).hasContent("edited by hand");
    }

    @Test
    void aBadSpeakerChoiceIsAUsageError() throws IOException {
        TestSite site = site();
        site.build();
        TestSite.Run run = importing(site, write("a.vtt", VTT).toString(), "--speaker", "Ines=IC:boss");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--speaker 'Ines=IC:boss' must be \"LABEL=ID:role[:Display Name]\"");
    }
}
