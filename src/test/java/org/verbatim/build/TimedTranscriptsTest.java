package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.model.Timecode;

/** Times in transcripts and the recording they point into: the authoring forms, their errors, the page, the VTT. */
class TimedTranscriptsTest {
    @TempDir
    Path temp;

    private static final String FRONT = """
            ---
            title: A timed interview
            date: 2025-01-02
            media: media/talk.wav
            speakers:
              Q: { name: The Paper, role: interviewer }
              A: { name: Ada "A" <Lovelace>, role: interviewee }
            ---

            """;

    private static final String TIMED = FRONT + """
            Q [00:07]: When did the storm come?

            A [1:02.5]: At night. It was loud & quick.

            [00:01:10.25] And then the harbour closed.

            Q [1:00:03]: How long?

            A [10:00:04]: Long.
            """;

    private TestSite timed(String body) {
        return TestSite.minimal(temp).bytes("media/talk.wav", new byte[] {'R', 'I', 'F', 'F'})
                .file("interviews/timed.md", body);
    }

    @ParameterizedTest
    @CsvSource({"00:07, 7000", "2:13, 133000", "02:13, 133000", "75:30, 4530000", "1:02:13, 3733000",
            "01:02:13, 3733000", "00:02:13.5, 133500", "0:00:01.25, 1250", "00:00:00.125, 125"})
    void everyTimeForm(String text, long millis) {
        assertThat(Timecode.parse(text).millis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({"00:61:00, minutes go up to 59", "00:00:60, seconds go up to 59", "2:61, seconds go up to 59",
            "1:2, is not a time", "1:2:3:4, is not a time", "abc, is not a time", "00:02:13.1234, is not a time"})
    void malformedTimesSayWhy(String text, String message) {
        assertThatThrownBy(() -> Timecode.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void timesAreShownAsLinksToTheRecordingAtThatMoment() {
        TestSite site = timed(TIMED);
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/timed/index.html");
        List<String> starts = page.select(".conversation [data-start]").eachAttr("data-start");
        assertThat(starts).containsExactly("7", "62.5", "70.25", "3603", "36004");
        assertThat(page.select(".turn").eachAttr("data-start")).containsExactly("7", "62.5", "3603", "36004");
        assertThat(page.select("#t2 a.turn-time").attr("href")).isEqualTo("talk.wav#t=62.5");
        assertThat(page.select("#t2 a.turn-time time").attr("datetime")).isEqualTo("PT1M2.5S");
        assertThat(page.select("#t2 a.turn-time").text()).isEqualTo("01:02");
        assertThat(page.select("#t2 p[data-start] a.segment-time").attr("href")).isEqualTo("talk.wav#t=70.25");
        assertThat(page.select("#t4 a.turn-time").text()).isEqualTo("10:00:04");
        // Without JavaScript every time is still a plain link into the recording, ending in #t=<seconds>.
        for (Element link : page.select("a.turn-time, a.segment-time")) {
            assertThat(link.attr("href")).matches("talk\\.wav#t=\\d+(\\.\\d+)?");
        }
        Element player = page.selectFirst("section.player audio[controls][preload=metadata] source");
        assertThat(player).isNotNull();
        assertThat(player.attr("src")).isEqualTo("talk.wav");
        assertThat(player.attr("type")).isEqualTo("audio/wav");
        assertThat(page.select("script[src$=player.js]")).hasSize(1);
        assertThat(site.out().resolve("interviews/timed/talk.wav")).hasBinaryContent(new byte[] {'R', 'I', 'F', 'F'});
    }

    @Test
    void timesWithoutARecordingAreShownWithoutAPlayer() {
        TestSite site = TestSite.minimal(temp).file("interviews/timed.md", TIMED.replace("media: media/talk.wav\n", ""));
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/timed/index.html");
        assertThat(page.select(".turn").eachAttr("data-start")).containsExactly("7", "62.5", "3603", "36004");
        assertThat(page.select("#t1 time.turn-time").text()).isEqualTo("00:07");
        assertThat(page.select("a.turn-time, section.player, script[src$=player.js]")).isEmpty();
    }

    @Test
    void pagesWithoutTimesHaveNoPlayerAndNoTranscript() {
        TestSite site = TestSite.minimal(temp).interview("plain", "Q: A question?\n\nA: An answer.\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("interviews/plain/index.html").select("[data-start], section.player, script[src$=player.js]"))
                .isEmpty();
        assertThat(site.out().resolve("interviews/plain/transcript.vtt")).doesNotExist();
    }

    /** One cue as the test reads WebVTT back: times, voice and text. */
    private record Cue(String start, String end, String voice, String text) {
    }

    private static List<Cue> cues(String vtt) {
        assertThat(vtt).startsWith("WEBVTT\n");
        Matcher matcher = Pattern.compile("\n(t\\d+(?:-p\\d+)?)\n(\\d{2}:\\d{2}:\\d{2}\\.\\d{3}) --> (\\d{2}:\\d{2}:\\d{2}\\.\\d{3})\n"
                + "<v ([^>]*)>([^\n]*)\n").matcher(vtt);
        List<Cue> cues = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int end = "WEBVTT\n".length();
        while (matcher.find()) {
            assertThat(matcher.start()).as("nothing between cues").isEqualTo(end);
            end = matcher.end();
            ids.add(matcher.group(1));
            cues.add(new Cue(matcher.group(2), matcher.group(3), org.unbescape.html.HtmlEscape.unescapeHtml(matcher.group(4)),
                    org.unbescape.html.HtmlEscape.unescapeHtml(matcher.group(5))));
        }
        assertThat(end).as("every line is part of a cue").isEqualTo(vtt.length());
        assertThat(ids).as("cue identifiers").doesNotHaveDuplicates();
        return cues;
    }

    @Test
    void theTranscriptReadsBackAsTheTurnsSpeakersAndTimes() throws Exception {
        TestSite site = timed(TIMED);
        assertThat(site.build().exit()).isZero();
        String vtt = java.nio.file.Files.readString(site.out().resolve("interviews/timed/transcript.vtt"));
        assertThat(Pattern.compile("(?m)^t\\d+(-p\\d+)?$").matcher(vtt).results().map(m -> m.group()).toList())
                .as("a cue's identifier is its turn, or its turn and paragraph").containsExactly("t1", "t2", "t2-p2", "t3", "t4");
        List<Cue> cues = cues(vtt);
        assertThat(cues).containsExactly(
                new Cue("00:00:07.000", "00:01:02.500", "The Paper", "When did the storm come?"),
                new Cue("00:01:02.500", "00:01:10.250", "Ada \"A\" <Lovelace>",
                        "At night. It was loud & quick."),
                new Cue("00:01:10.250", "01:00:03.000", "Ada \"A\" <Lovelace>", "And then the harbour closed."),
                new Cue("01:00:03.000", "10:00:04.000", "The Paper", "How long?"),
                new Cue("10:00:04.000", "10:00:06.000", "Ada \"A\" <Lovelace>", "Long."));
    }

    @Test
    void theLastCueEndsAtTheRecordingsDurationWhenGiven() throws Exception {
        TestSite site = timed(TIMED.replace("media: media/talk.wav", "media: { src: media/talk.wav, duration: 36010.5 }"));
        assertThat(site.build().exit()).isZero();
        List<Cue> cues = cues(java.nio.file.Files.readString(site.out().resolve("interviews/timed/transcript.vtt")));
        assertThat(cues.get(cues.size() - 1).end()).isEqualTo("10:00:10.500");
    }

    @Test
    void theDataHasEachTurnsStartAndTheMedia() throws Exception {
        TestSite site = timed(TIMED.replace("media: media/talk.wav", "media: { src: media/talk.wav, duration: 00:10:00 }"));
        assertThat(site.build().exit()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.out().resolve("interviews/timed/interview.json").toFile());
        List<Double> starts = new ArrayList<>();
        json.get("turns").forEach(turn -> starts.add(turn.get("start").asDouble()));
        assertThat(starts).containsExactly(7.0, 62.5, 3603.0, 36004.0);
        assertThat(json.get("media").get("src").asText()).isEqualTo("talk.wav");
        assertThat(json.get("media").get("type").asText()).isEqualTo("audio/wav");
        assertThat(json.get("media").get("duration").asDouble()).isEqualTo(600.0);
    }

    private String failing(TestSite site) {
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception");
        return run.err();
    }

    @Test
    void aMalformedTimeIsAnErrorAtItsLineAndColumn() {
        String file = temp.resolve("content/interviews/timed.md").toString();
        assertThat(failing(timed(FRONT + "Q [00:61:00]: When?\n"))).contains(file
                + ":10:4: '[00:61:00]' is not a time: minutes go up to 59 after the hours");
        assertThat(failing(timed(FRONT + "Q [00:01]: When?\n\nA [00:02]: Then.\n\n[2:61] And then.\n"))).contains(file
                + ":14:2: '[2:61]' is not a time: seconds go up to 59");
        assertThat(failing(timed(FRONT + "Q [soon]: When?\n"))).contains(file + ":10:4: '[soon]' is not a time; write");
    }

    @Test
    void aTimeBeforeTheOneBeforeItIsAnError() {
        String file = temp.resolve("content/interviews/timed.md").toString();
        assertThat(failing(timed(FRONT + "Q [00:10]: When?\n\nA [00:05]: Then.\n"))).contains(file
                + ":12:4: time [00:05] is earlier than the time before it, [00:10] at line 10; times must not go back");
        assertThat(failing(timed(FRONT + "Q [00:10]: When?\n\nA [00:20]: Then.\n\n[00:15] Later.\n"))).contains(file
                + ":14:2: time [00:15] is earlier");
    }

    @Test
    void aMissingMediaFileIsAnError() {
        TestSite site = TestSite.minimal(temp).file("interviews/timed.md", TIMED);
        assertThat(failing(site)).contains(temp.resolve("content/interviews/timed.md")
                + ":4:8: media file 'media/talk.wav' does not exist in the content folder");
    }

    @Test
    void anUnknownMediaTypeIsAnError() {
        String file = temp.resolve("content/interviews/timed.md").toString();
        assertThat(failing(timed(TIMED.replace("media/talk.wav", "media/talk.xyz")))).contains(file
                + ":4:8: unknown media type for 'media/talk.xyz'; use a file ending in");
        assertThat(failing(timed(TIMED.replace("media: media/talk.wav", "media: { src: /etc/passwd.mp3 }"))))
                .contains(file + ":4:15: media '/etc/passwd.mp3' must be a path under the content folder");
    }

    @Test
    void aRemoteRecordingIsLinkedAsItIs() {
        TestSite site = TestSite.minimal(temp).file("interviews/timed.md",
                TIMED.replace("media/talk.wav", "https://media.example.org/talk.mp3"));
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/timed/index.html");
        assertThat(page.select("section.player source").attr("src")).isEqualTo("https://media.example.org/talk.mp3");
        assertThat(page.select("#t1 a.turn-time").attr("href")).isEqualTo("https://media.example.org/talk.mp3#t=7");
    }

    @Test
    void aTimedHeadingOpensASegmentWithItsSynopsisAndKeywordsInTheIndex() throws Exception {
        TestSite site = timed(FRONT + """
                ## [00:05] The storm

                > [!synopsis]
                > How the night went, and
                > what was lost.
                > Keywords: storm; harbour, boats

                Q [00:07]: When did the storm come?

                ## [00:40] After

                A [00:41]: We counted the boats.
                """);
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/timed/index.html");
        Element first = page.selectFirst("nav.toc li");
        assertThat(first.selectFirst("a").text()).isEqualTo("The storm");
        assertThat(first.select("a.segment-time").attr("href")).isEqualTo("talk.wav#t=5");
        assertThat(first.select("a.segment-time").attr("data-seek")).isEqualTo("5");
        assertThat(first.select(".segment-synopsis").text()).isEqualTo("How the night went, and what was lost.");
        assertThat(first.select(".segment-keywords li").eachText()).containsExactly("storm", "harbour", "boats");
        assertThat(page.select("nav.toc li").get(1).select(".segment-synopsis, .segment-keywords")).isEmpty();
        assertThat(page.select("h2.section-heading#the-storm a.segment-time").attr("href")).isEqualTo("talk.wav#t=5");
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.out().resolve("interviews/timed/interview.json").toFile());
        assertThat(json.get("headings").get(0).get("start").asDouble()).isEqualTo(5.0);
        assertThat(json.get("headings").get(0).get("keywords").toString()).isEqualTo("[\"storm\",\"harbour\",\"boats\"]");
        assertThat(json.get("headings").get(1).has("synopsis")).isFalse();
    }

    @Test
    void aSynopsisAwayFromAHeadingIsAnError() {
        String file = temp.resolve("content/interviews/timed.md").toString();
        assertThat(failing(timed(FRONT + "Q [00:01]: When?\n\n> [!synopsis]\n> Lost.\n"))).contains(file
                + ":12:1: a > [!synopsis] block must come right under a section heading");
    }

    @Test
    void topicPagesAndSearchShowAPassagesTimeAndLinkToTheMoment() throws Exception {
        TestSite site = timed(TIMED.replace("speakers:", "topics: []\nspeakers:").replace("loud & quick.",
                "loud & quick. {topics: weather}"))
                .file("topics.yaml", "weather:\n  label: Weather\n  aliases: [storm]\n");
        assertThat(site.build().exit()).isZero();
        Document topic = site.page("topics/weather/index.html");
        assertThat(topic.select("a.passage-time").eachAttr("href"))
                .containsExactly("../../interviews/timed/#t=7", "../../interviews/timed/#t=62.5");
        assertThat(topic.select("a.passage-time").eachText()).containsExactly("00:07", "01:02");
        String fragment = java.nio.file.Files.readString(site.out().resolve("search/index/f0.js"));
        assertThat(fragment).contains("\"00:07\",\"../interviews/timed/#t=7\"");
    }

    @Test
    void structuredDataDescribesTheRecordingWithItsTranscript() throws Exception {
        TestSite site = timed(TIMED.replace("media: media/talk.wav", "media: { src: media/talk.wav, duration: 36010 }"));
        assertThat(site.build("--base-url", "https://interviews.example.org/").exit()).isZero();
        String jsonLd = site.page("interviews/timed/index.html").selectFirst("script[type=application/ld+json]").data();
        var audio = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd).get("audio");
        assertThat(audio.get("@type").asText()).isEqualTo("AudioObject");
        assertThat(audio.get("contentUrl").asText()).isEqualTo("https://interviews.example.org/interviews/timed/talk.wav");
        assertThat(audio.get("encodingFormat").asText()).isEqualTo("audio/wav");
        assertThat(audio.get("duration").asText()).isEqualTo("PT10H0M10S");
        assertThat(audio.get("caption").get("contentUrl").asText())
                .isEqualTo("https://interviews.example.org/interviews/timed/transcript.vtt");
        assertThat(audio.get("caption").get("encodingFormat").asText()).isEqualTo("text/vtt");
    }
}
