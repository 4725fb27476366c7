package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/**
 * {@code verbatim import} of OHMS XML (5.4 with {@code <sync>}, 6.0 with its WebVTT quirks), transcription-service
 * text and Word files the tests write as those tools do; after each import, {@code check} passes and
 * {@code build --drafts} renders every word of the source in order, with its speakers, times and segments.
 */
class ImportFormatsTest {
    @TempDir
    Path temp;

    /** OHMS 5.4: a plain-text transcript with NAME: labels, minute markers in <sync>, index points, a footnote. */
    static final String OHMS_54 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ROOT xmlns="https://www.weareavp.com/nunncenter/ohms" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <record id="0001" dt="2016-04-12">
                <version>5.4</version>
                <date value="2014-06-03" format="yyyy-mm-dd"/>
                <title>Fishing the bay</title>
                <accession>2014oh042</accession>
                <duration>0:04:10</duration>
                <repository>Harbour Town Historical Society</repository>
                <interviewee>Carvalho, Ines</interviewee>
                <interviewer>Reporter, Sam</interviewer>
                <sync>1:|4(7)|8(2)|10(8)</sync>
                <media_url>https://media.example.org/2014oh042.mp3</media_url>
                <language>English</language>
                <transcript>REPORTER: Where were you born?

            CARVALHO: I was born in the village [Pescadero, California],
            in the house by the harbour. My father fished
            every night of the year, and my mother mended
            the nets in the morning.[[footnote]]1[[/footnote]]

            REPORTER: And the factory?

            CARVALHO: It closed in the [Great] Depression. Then
            everyone left for the city, one family after
            another.

            We stayed &amp; waited.

            [[footnotes]]
            [[note]]Nets were mended by hand until the 1950s.[[/note]]
            [[/footnotes]]</transcript>
                <index>
                  <point>
                    <time>0</time>
                    <title>Childhood</title>
                    <partial_transcript>Where were you born?</partial_transcript>
                    <synopsis>Growing up by the harbour.</synopsis>
                    <keywords>harbour;fishing;family</keywords>
                  </point>
                  <point>
                    <time>130</time>
                    <title>The factory closes</title>
                    <synopsis>The Depression empties the village.</synopsis>
                    <keywords>Great Depression; factory</keywords>
                  </point>
                </index>
              </record>
            </ROOT>
            """;

    /** OHMS 6.0: the transcript as WebVTT with no header, NOTE blocks, <br><br>, hour offsets and a zero last end. */
    static final String OHMS_60 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ROOT xmlns="https://www.weareavp.com/nunncenter/ohms">
              <record id="0002" dt="2023-01-09">
                <version>6.0</version>
                <date value="2022-11-30" format="yyyy-mm-dd"/>
                <title>Михаил и Вера</title>
                <accession>2022oh007</accession>
                <repository>Archive of the Coast</repository>
                <interviewer>Vidal, Éloïse</interviewer>
                <interviewee>Горбачёва, Вера</interviewee>
                <language>Russian</language>
                <media_url>https://media.example.org/2022oh007.m4a</media_url>
                <vtt_transcript><![CDATA[NOTE transcribed at the archive

            1
            01:00:00.000 --> 01:00:05.000
            <v VIDAL>Where did you grow up?

            2
            01:00:05.500 --> 01:00:11.000
            <v ГОРБАЧЁВА>In Murmansk, by the sea.<br><br>Then in [Kola] later on.

            NOTE the next cue ends at zero, as OHMS writes the last one

            3
            01:00:12.000 --> 00:00:00.000
            <v VIDAL>And the winters?
            ]]></vtt_transcript>
                <index>
                  <point><time>3605</time><title>Murmansk</title><synopsis>Her first town.</synopsis><keywords>sea; Kola</keywords></point>
                </index>
              </record>
            </ROOT>
            """;

    private TestSite site() {
        TestSite site = TestSite.minimal(temp.resolve("project"));
        site.build();
        return site;
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static TestSite.Run importing(TestSite site, String... args) {
        List<String> command = new ArrayList<>(List.of("import", "--content=" + site.content()));
        command.addAll(List.of(args));
        return TestSite.run(command.toArray(String[]::new));
    }

    /** Imports, checks and builds with drafts; the imported interview's page. */
    private static Document importCheckAndBuild(TestSite site, String slug, String... args) {
        TestSite.Run run = importing(site, args);
        assertThat(run.exit()).as(run.err()).isZero();
        TestSite.Run check = TestSite.run("check", "--content=" + site.content(), "--drafts");
        assertThat(check.exit()).as(check.err() + check.out()).isZero();
        TestSite.Run build = TestSite.run("build", "--content=" + site.content(), "--templates=" + TestSite.THEME,
                "--out=" + site.out(), "--drafts", "--no-cache");
        assertThat(build.exit()).as(build.err()).isZero();
        return site.page("interviews/" + slug + "/index.html");
    }

    private static String words(Document page) {
        return page.select(".conversation").text().replaceAll("\\s*#\\s*", " ");
    }

    @Test
    void ohms54PlacesItsMinuteMarkersAtTheirWordsAndItsIndexPointsAsSegments() throws IOException {
        TestSite site = site();
        Document page = importCheckAndBuild(site, "2014oh042", write("2014oh042.xml", OHMS_54).toString());
        String file = Files.readString(site.content().resolve("interviews/2014-06-03-2014oh042.md"));
        assertThat(file).contains("title: \"Fishing the bay\"", "date: 2014-06-03", "language: en",
                "media: { src: \"https://media.example.org/2014oh042.mp3\", duration: 00:04:10 }",
                "SR: { name: \"Sam Reporter\", role: interviewer }", "IC: { name: \"Ines Carvalho\", role: interviewee }",
                "repository: \"Harbour Town Historical Society\"", "accession: \"2014oh042\"", "draft: true",
                "minute markers fell inside a paragraph");
        assertThat(file).doesNotContain("roles: guessed");

        assertThat(page.select(".conversation .turn .speaker-name").eachText())
                .containsExactly("Sam Reporter", "Ines Carvalho", "Sam Reporter", "Ines Carvalho");
        assertThat(page.select(".conversation .turn").stream().map(turn -> turn.attr("data-start")))
                .containsExactly("0", "", "120", "");
        assertThat(page.select(".conversation .utterance p[data-start]").eachAttr("data-start"))
                .containsExactly("60", "180");
        // each marker at the word it names: line 4, word 7 is "My"; line 10, word 8 is "Then"
        assertThat(page.select(".conversation .utterance p[data-start=60]").text().replaceFirst("^[\\d:]+ ", "")).startsWith("My father fished");
        assertThat(page.select(".conversation .utterance p[data-start=180]").text().replaceFirst("^[\\d:]+ ", "")).startsWith("Then everyone left");
        assertThat(words(page)).containsSubsequence("Where were you born?", "I was born in the village",
                "Pescadero, California", "in the house by the harbour.", "My father fished every night of the year,",
                "the nets in the morning.", "And the factory?", "It closed in the", "Great", "Depression.",
                "Then everyone left for the city, one family after another.", "We stayed & waited.");
        assertThat(page.select(".footnotes, .sidenote, aside").text()).contains("Nets were mended by hand until the 1950s.");

        List<Element> headings = page.select(".conversation h2");
        assertThat(headings).extracting(Element::text).anySatisfy(t -> assertThat(t).contains("Childhood"))
                .anySatisfy(t -> assertThat(t).contains("The factory closes"));
        // the 130 s segment goes before the turn in which minute 3 falls, after the one that starts at minute 2
        String html = page.select(".conversation").html();
        assertThat(html.indexOf("The factory closes")).isGreaterThan(html.indexOf("And the factory?"))
                .isLessThan(html.indexOf("It closed in the"));
        assertThat(page.text()).contains("The Depression empties the village.", "Great Depression", "factory");
    }

    @Test
    void ohms60ReadsItsWebVttWithTheQuirksOfTheExportAndNamesInAnyScript() throws IOException {
        TestSite site = site();
        Document page = importCheckAndBuild(site, "vera", write("vera.xml", OHMS_60).toString());
        String file = Files.readString(site.content().resolve("interviews/2022-11-30-vera.md"));
        assertThat(file).contains("title: \"Михаил и Вера\"", "language: ru",
                "ÉV: { name: \"Éloïse Vidal\", role: interviewer }", "ВГ: { name: \"Вера Горбачёва\", role: interviewee }",
                "media: \"https://media.example.org/2022oh007.m4a\"", "## [01:00:05] Murmansk", "> Her first town.",
                "> Keywords: sea; Kola");
        assertThat(page.select(".conversation .turn .speaker-name").eachText())
                .containsExactly("Éloïse Vidal", "Вера Горбачёва", "Éloïse Vidal");
        assertThat(page.select(".conversation .turn").eachAttr("data-start")).containsExactly("3600", "3605.5", "3612");
        assertThat(page.select(".conversation .turn").get(1).select(".utterance p")).hasSize(2);
        assertThat(words(page)).containsSubsequence("Where did you grow up?", "In Murmansk, by the sea.", "Then in",
                "Kola", "later on.", "And the winters?");
        String html = page.select(".conversation").html();
        assertThat(html.indexOf("<h2")).isGreaterThan(html.indexOf("Where did you grow up?"))
                .isLessThan(html.indexOf("In Murmansk, by the sea."));
        assertThat(page.select(".conversation h2").text()).contains("Murmansk");
    }

    @Test
    void transcriptionServiceTextWithNameAndTimeLines() throws IOException {
        TestSite site = site();
        Path text = write("harbour-talk.txt", """
                Sam Reporter  0:00
                Where were you born?

                Ines Carvalho  0:04
                In the village by the harbour.

                My father fished.

                00:01:10
                Every night [of the year].

                Sam Reporter (00:01:30):
                And then?
                """);
        Document page = importCheckAndBuild(site, "harbour-talk", text.toString(), "--date", "2020-02-02",
                "--title", "Harbour talk");
        assertThat(page.select(".conversation .turn .speaker-name").eachText())
                .containsExactly("Sam Reporter", "Ines Carvalho", "Sam Reporter");
        assertThat(page.select(".conversation .turn").eachAttr("data-start")).containsExactly("0", "4", "90");
        assertThat(page.select(".conversation .turn").get(1).select(".utterance p")).hasSize(3);
        assertThat(page.select(".conversation .utterance p[data-start]").eachAttr("data-start")).containsExactly("70");
        assertThat(words(page)).containsSubsequence("Where were you born?", "In the village by the harbour.",
                "My father fished.", "Every night", "of the year", "And then?");
    }

    @Test
    void aWordFileWithBoldLabelsAndTimeStamps() throws IOException {
        TestSite site = site();
        Path docx = temp.resolve("wind-years.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, null, "The wind years");
            paragraph(document, "Sam Reporter:", " [00:00:03] When did the turbines come?");
            paragraph(document, "Ines Carvalho:", " [00:00:09] In 1998. [00:00:20] Nobody liked them at first.");
            paragraph(document, null, "Then the money came.");
            paragraph(document, "[00:01:02] Sam Reporter:", " And now?");
            try (var out = Files.newOutputStream(docx)) {
                document.write(out);
            }
        }
        Document page = importCheckAndBuild(site, "wind-years", docx.toString(), "--date", "2021-03-04");
        String file = Files.readString(site.content().resolve("interviews/2021-03-04-wind-years.md"));
        assertThat(file).contains("title: \"The wind years\"");
        assertThat(page.select(".conversation .turn .speaker-name").eachText())
                .containsExactly("Sam Reporter", "Ines Carvalho", "Sam Reporter");
        assertThat(page.select(".conversation .turn").eachAttr("data-start")).containsExactly("3", "9", "62");
        assertThat(page.select(".conversation .utterance p[data-start]").eachAttr("data-start")).containsExactly("20");
        assertThat(words(page)).containsSubsequence("When did the turbines come?", "In 1998.",
                "Nobody liked them at first.", "Then the money came.", "And now?");
    }

    private static void paragraph(XWPFDocument document, String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (label != null) {
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setText(label);
        }
        paragraph.createRun().setText(text);
    }

    @Test
    void malformedOhmsIsAnErrorAtItsLineAndNothingIsWritten() throws IOException {
        TestSite site = site();
        Path broken = write("broken.xml", "<?xml version=\"1.0\"?>\n<ROOT>\n  <record>\n    <title>Oops</titel>\n"
                + "  </record>\n</ROOT>\n");
        TestSite.Run run = importing(site, write("good.xml", OHMS_54).toString(), broken.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(broken + ":4:").contains("not well-formed XML").contains("</title>");
        assertThat(site.content().resolve("interviews")).doesNotExist();

        Path pastTheEnd = write("past.xml", OHMS_54.replace("1:|4(7)|8(2)|10(8)", "1:|4(7)|400(1)"));
        int syncLine = lineOf(OHMS_54, "<sync>");
        assertThat(importing(site, pastTheEnd.toString()).err()).contains(pastTheEnd + ":" + syncLine + ":")
                .contains("<sync> marker 2 (minute 2) names line 400, but the transcript has");

        Path badVtt = write("bad-vtt.xml", OHMS_60.replace("01:00:05.500 --> 01:00:11.000", "01:00:05.500 -> 01:00:11.000"));
        assertThat(importing(site, badVtt.toString()).err()).contains(badVtt + ":" + lineOf(OHMS_60, "01:00:05.500") + ":")
                .contains("is not a cue timing");

        Path entity = write("entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ROOT [<!ENTITY secret SYSTEM \"file://"
                + write("secret.txt", "TOP SECRET") + "\">]>\n<ROOT><record><title>&secret;</title>"
                + "<transcript>A: Hello.</transcript></record></ROOT>\n");
        TestSite.Run leak = importing(site, entity.toString());
        assertThat(leak.exit()).isEqualTo(1);
        assertThat(leak.err()).contains(entity + ":3:").contains("defined outside the file").doesNotContain("TOP SECRET");

        Path notOhms = write("other.xml", "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
        assertThat(importing(site, notOhms.toString()).err()).contains(notOhms + ":1:1: not an OHMS file");
        assertThat(site.content().resolve("interviews")).doesNotExist();
    }

    @Test
    void malformedTextAndWordFilesAreErrorsToo() throws IOException {
        TestSite site = site();
        Path text = write("notes.txt", "Some words before anyone speaks.\n\nSam Reporter  0:00\nHello.\n");
        assertThat(importing(site, text.toString()).err()).contains(text + ":1:1: text before the first speaker line");
        Path badTime = write("bad-time.txt", "Sam Reporter  0:00\nHello.\n\nInes Carvalho  0:75\nHi.\n");
        assertThat(importing(site, badTime.toString()).err()).contains(badTime + ":4:");
        Path fakeDocx = write("fake.docx", "this is not a zip");
        assertThat(importing(site, fakeDocx.toString()).err()).contains(fakeDocx + ":1:1: not a Word .docx file");
        Path noLabels = temp.resolve("plain.docx");
        try (XWPFDocument document = new XWPFDocument(); var out = Files.newOutputStream(noLabels)) {
            paragraph(document, null, "Just a letter, nobody speaks.");
            document.write(out);
        }
        assertThat(importing(site, noLabels.toString()).err()).contains(noLabels + ":1:1: no paragraph opens with"
                + " a speaker's name in bold");
        assertThat(site.content().resolve("interviews")).doesNotExist();
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
