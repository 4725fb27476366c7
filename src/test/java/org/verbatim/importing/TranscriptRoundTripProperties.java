package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.build.TestSite;

/**
 * A built interview's {@code transcript.vtt}, imported and built again, gives back the same speakers, turns,
 * words and times, for generated timed interviews: several speakers with names in other scripts, long turns
 * whose paragraphs carry their own times, fractions of seconds, hours.
 */
class TranscriptRoundTripProperties {
    private static final List<String> NAMES = List.of("Ines Carvalho", "Sam Reporter", "Éloïse Vidal", "Zhang Wei 张伟",
            "Михаил Горбачёв", "O'Brien");
    private static final List<String> WORDS = List.of("harbour", "storm", "l’été", "naïve", "Zürich", "&", "boats",
            "night", "—", "fishermen", "came", "back", "42", "wind");

    @Property(tries = 12)
    void importingTheTranscriptGivesBackTheInterview(@ForAll long seed) throws IOException {
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
                    original.out().resolve("interviews/generated/transcript.vtt").toString());
            assertThat(run.exit()).as(run.err()).isZero();
            TestSite.Run build = TestSite.run("build", "--content=" + imported.content(), "--templates=" + TestSite.THEME,
                    "--out=" + imported.out(), "--drafts", "--no-cache");
            assertThat(build.exit()).as(build.err()).isZero();

            Document before = original.page("interviews/generated/index.html");
            Document after = imported.page("interviews/transcript/index.html");
            assertThat(shape(after)).as("%s", file).isEqualTo(shape(before));
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

    /** Each turn: speaker, time, and each paragraph's time and words. */
    private static List<String> shape(Document page) {
        List<String> turns = new ArrayList<>();
        for (Element turn : page.select(".conversation .turn")) {
            StringBuilder shape = new StringBuilder(turn.select(".speaker-name").text()).append(" @")
                    .append(turn.attr("data-start"));
            for (Element paragraph : turn.select(".utterance p")) {
                shape.append(" | @").append(paragraph.attr("data-start")).append(' ')
                        .append(paragraph.ownText().strip());
            }
            turns.add(shape.toString());
        }
        assertThat(turns).isNotEmpty();
        return turns;
    }
}
