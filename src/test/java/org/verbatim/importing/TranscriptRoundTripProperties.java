package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.build.TestSite;

/**
 * A built interview's {@code transcript.vtt} or {@code ohms.xml}, imported and built again, gives back the same
 * speakers, turns, words and times, and from {@code ohms.xml} the same segments (timed headings with their
 * synopsis and keywords, in the same places), for generated timed interviews: several speakers with names in
 * other scripts, long turns whose paragraphs carry their own times, fractions of seconds, hours.
 */
class TranscriptRoundTripProperties {
    private static final List<String> NAMES = List.of("Ines Carvalho", "Sam Reporter", "Éloïse Vidal", "Zhang Wei 张伟",
            "Михаил Горбачёв", "O'Brien");
    private static final List<String> WORDS = List.of("harbour", "storm", "l’été", "naïve", "Zürich", "&", "boats",
            "night", "—", "fishermen", "came", "back", "42", "wind");

    @Property(tries = 12)
    void importingTheTranscriptGivesBackTheInterview(@ForAll long seed) throws IOException {
        roundTrip(seed, "transcript.vtt", false);
    }

    @Property(tries = 10)
    void importingTheOhmsExportGivesBackTheInterviewAndItsSegments(@ForAll long seed) throws IOException {
        roundTrip(seed, "ohms.xml", true);
    }

    /**
     * The example content (the seed, untimed: OHMS's plain transcript; the timed example), the test corpus and the
     * every-element fixture, each interview's ohms.xml imported back: the same speakers, turns, words and times.
     */
    @Example
    void theExampleContentAndTheTestCorporaComeBackFromTheirOhmsExport() throws IOException {
        Path root = Files.createTempDirectory("ohms-round-trip");
        int compared = 0;
        try {
            for (String content : List.of("content", "src/test/resources/corpus", "src/test/resources/every-element")) {
                Path out = root.resolve("built-" + compared);
                TestSite.Run built = TestSite.run("build", "--content=" + content, "--templates=" + TestSite.THEME,
                        "--out=" + out, "--no-cache");
                assertThat(built.exit()).as(built.err()).isZero();
                List<Path> dirs;
                try (var list = Files.list(out.resolve("interviews"))) {
                    dirs = list.filter(dir -> Files.exists(dir.resolve("ohms.xml"))).sorted().toList();
                }
                for (Path dir : dirs) {
                    TestSite imported = TestSite.minimal(root.resolve("imported-" + compared++));
                    imported.build("--no-cache");
                    TestSite.Run run = TestSite.run("import", "--content=" + imported.content(), "--date",
                            "2025-01-02", "--slug", "back", dir.resolve("ohms.xml").toString());
                    assertThat(run.exit()).as(run.err()).isZero();
                    TestSite.Run build = TestSite.run("build", "--content=" + imported.content(),
                            "--templates=" + TestSite.THEME, "--out=" + imported.out(), "--drafts", "--no-cache");
                    assertThat(build.exit()).as(dir + ": " + build.err()).isZero();
                    Document before = org.jsoup.Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
                    Document after = imported.page("interviews/back/index.html");
                    assertThat(shape(after, true)).as("%s", dir).isEqualTo(shape(before, true));
                }
            }
            assertThat(compared).isGreaterThanOrEqualTo(6);
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void roundTrip(long seed, String export, boolean segments) throws IOException {
        Random random = new Random(seed);
        Path root = Files.createTempDirectory("round-trip");
        try {
            int speakers = 2 + random.nextInt(2);
            List<String> names = new ArrayList<>(NAMES);
            java.util.Collections.shuffle(names, random);
            StringBuilder file = new StringBuilder("---\ntitle: A generated interview\ndate: 2025-01-02\nspeakers:\n");
            for (int s = 0; s < speakers; s++) {
                file.append("  S").append(s).append(": { name: \"").append(names.get(s).replace("\"", "\\\""))
                        .append("\", role: ").append(s == 0 ? "interviewer" : "interviewee").append(" }\n");
            }
            file.append("---\n");
            long millis = random.nextInt(5000);
            int previous = -1;
            for (int t = 0, turns = 2 + random.nextInt(8); t < turns; t++) {
                int speaker;
                do {
                    speaker = random.nextInt(speakers);
                } while (speaker == previous);
                previous = speaker;
                millis += 500 + random.nextInt(30_000) + (random.nextInt(4) == 0 ? 3_600_000 : 0);
                if (segments && random.nextInt(3) == 0) {
                    millis = (millis / 1000 + 1) * 1000;  // OHMS's index points are in whole seconds
                    file.append("\n## [").append(new org.verbatim.model.Timecode(millis).written()).append("] ")
                            .append(title(random)).append('\n');
                    if (random.nextBoolean()) {
                        file.append("\n> [!synopsis]\n> ").append(sentence(random)).append('\n');
                        if (random.nextBoolean()) {
                            file.append("> Keywords: ").append(WORDS.get(random.nextInt(WORDS.size()))).append("; ")
                                    .append(WORDS.get(random.nextInt(WORDS.size()))).append('\n');
                        }
                    }
                    millis += random.nextInt(3) * 1000;  // a turn may start at its segment's time or after it
                }
                file.append("\nS").append(speaker).append(" [").append(new org.verbatim.model.Timecode(millis).written())
                        .append("]: ").append(sentence(random));
                for (int p = 1, paragraphs = random.nextInt(3); p <= paragraphs; p++) {
                    millis += 250 + random.nextInt(20_000);
                    file.append("\n\n[").append(new org.verbatim.model.Timecode(millis).written()).append("] ")
                            .append(sentence(random));
                }
                file.append('\n');
            }
            TestSite original = TestSite.minimal(root.resolve("original")).file("interviews/generated.md", file.toString());
            assertThat(original.build("--no-cache").exit()).isZero();

            TestSite imported = TestSite.minimal(root.resolve("imported"));
            imported.build("--no-cache");
            TestSite.Run run = TestSite.run("import", "--content=" + imported.content(), "--date", "2025-01-02",
                    original.out().resolve("interviews/generated/" + export).toString());
            assertThat(run.exit()).as(run.err()).isZero();
            TestSite.Run build = TestSite.run("build", "--content=" + imported.content(), "--templates=" + TestSite.THEME,
                    "--out=" + imported.out(), "--drafts", "--no-cache");
            assertThat(build.exit()).as(build.err()).isZero();

            Document before = original.page("interviews/generated/index.html");
            Document after = imported.page("interviews/" + export.replaceFirst("\\..*", "") + "/index.html");
            assertThat(shape(after, segments)).as("%s", file).isEqualTo(shape(before, segments));
        } finally {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static String sentence(Random random) {
        StringBuilder words = new StringBuilder();
        for (int w = 0, count = 3 + random.nextInt(12); w < count; w++) {
            words.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return words.append(random.nextBoolean() ? "?" : ".").toString();
    }

    /** A paragraph's words: its time link, note numbers and editor's labels left out, markup of words dropped. */
    private static String words(Element paragraph) {
        Element words = paragraph.clone();
        words.select(".segment-time, .footnote-ref, .ed-label, .ed-delim").remove();
        return words.text().strip();
    }

    private static String title(Random random) {
        String words = sentence(random);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1, words.length() - 1);
    }

    /**
     * Each turn: speaker, time, and each paragraph's time and words; with {@code segments}, each heading where it
     * stands (its text and time) and the contents' entries (title, time, synopsis, keywords).
     */
    private static List<String> shape(Document page, boolean segments) {
        List<String> turns = new ArrayList<>();
        if (segments) {
            page.select("nav.toc li:has(time)").forEach(entry -> turns.add("toc " + entry.text()));
        }
        for (Element turn : page.select(segments ? ".conversation .turn, .conversation h2.section-heading"
                : ".conversation .turn")) {
            if (turn.tagName().equals("h2")) {
                if (turn.select("time").isEmpty()) {
                    continue;  // an untimed heading is no segment, and OHMS's index has no place for it
                }
                turns.add("heading " + turn.text());
                continue;
            }
            StringBuilder shape = new StringBuilder(turn.select(".speaker-name").text()).append(" @")
                    .append(turn.attr("data-start"));
            for (Element paragraph : turn.select(".utterance p")) {
                if (paragraph.closest("aside, .sidenote") != null) {
                    continue;  // a footnote shown beside the turn; WebVTT has no place for notes
                }
                shape.append(" | @").append(paragraph.attr("data-start")).append(' ')
                        .append(words(paragraph));
            }
            turns.add(shape.toString());
        }
        assertThat(turns).isNotEmpty();
        return turns;
    }
}
