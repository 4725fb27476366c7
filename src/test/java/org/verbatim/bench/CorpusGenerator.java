package org.verbatim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic, deterministic archive for benchmarks: a 200-topic vocabulary with aliases and N
 * interviews of about 18 turns (2–3 speakers, multi-paragraph answers, ~3 footnotes, ~2 editor's notes, 5
 * topics each, dates over ten years, ~1,450 words), or one interview of many turns. The same seed always
 * gives the same files. {@link HugoMirror} writes the same archive as a Hugo site.
 */
public final class CorpusGenerator {
    static final int TOPICS = 200;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tor", "va", "shi", "pel", "dro", "ne",
            "qua", "bri", "sol", "fen", "gar", "ith", "mon", "zel", "ur", "cas"};
    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or "
            + "his from at which but have an they you were her she there been one all we their has would when if so no "
            + "will more about can said what up its out into them than only other new some could time these two may then "
            + "do first any my now such like our over man me even most made after also did many before must through back "
            + "years where much your way well down should because each just those people how too little state good very "
            + "make world still own see men work long get here between both life being under never day same another know "
            + "while last might us great old year off come since against go came right used take three market policy "
            + "company government country question answer public money power industry europe research model data future "
            + "energy law city school water history economy project minister president plan budget report").split(" ");

    private final Random random;
    private final List<String> aliases = new ArrayList<>();
    private final List<String> outlets = new ArrayList<>();
    private final List<String> people = new ArrayList<>();

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
        java.util.Set<String> taken = new java.util.HashSet<>();
        while (aliases.size() < TOPICS) {
            String alias = capitalized(name(3)) + (aliases.size() % 4 == 0 ? " " + capitalized(name(2)) : "");
            if (taken.add(alias.toLowerCase(java.util.Locale.ROOT))) {
                aliases.add(alias);
            }
        }
    }

    /** Usage: {@code CorpusGenerator OUT_DIR COUNT [TURNS]}: COUNT interviews of ~18 turns, or of TURNS turns. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int turns = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        new CorpusGenerator(42).write(out, count, turns);
    }

    /** Writes {@code out/content} (Verbatim) and {@code out/hugo} (the same archive for Hugo). */
    void write(Path out, int count, int fixedTurns) throws IOException {
        // As in a real archive, people recur: 40 outlets ask, and about one person in three speaks twice.
        for (int i = 0; i < 40; i++) {
            outlets.add("The " + capitalized(name(2)) + " Review");
        }
        for (int i = 0; i < Math.max(3, count * 2 / 3); i++) {
            people.add(capitalized(name(2)) + " " + capitalized(name(3)));
        }
        Path content = out.resolve("content");
        Files.createDirectories(content.resolve("interviews"));
        Files.writeString(content.resolve("site.yaml"), "title: Benchmark archive\nbaseUrl: https://bench.example.org/\nlanguage: en\n");
        StringBuilder topics = new StringBuilder();
        for (int i = 0; i < TOPICS; i++) {
            topics.append("topic-").append(i).append(":\n  label: ").append(aliases.get(i))
                    .append("\n  description: A synthetic topic for benchmarks.\n  aliases: [").append(aliases.get(i)).append("]\n");
        }
        Files.writeString(content.resolve("topics.yaml"), topics);
        HugoMirror hugo = new HugoMirror(out.resolve("hugo"), aliases);
        hugo.writeSkeleton();
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int n = 0; n < count; n++) {
            Interview interview = interview(n, start.plusDays(random.nextInt(3650)), fixedTurns > 0 ? fixedTurns : 16 + random.nextInt(5));
            Files.writeString(content.resolve("interviews").resolve(interview.slug + ".md"), interview.verbatim(), StandardCharsets.UTF_8);
            hugo.write(interview);
        }
    }

    /** One generated interview, in a form both writers can render. */
    static final class Interview {
        final String slug;
        final String title;
        final LocalDate date;
        final List<String[]> speakers = new ArrayList<>();
        final List<Integer> topics = new ArrayList<>();
        final List<Turn> turns = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();

        Interview(String slug, String title, LocalDate date) {
            this.slug = slug;
            this.title = title;
            this.date = date;
        }

        String verbatim() {
            StringBuilder text = new StringBuilder("---\ntitle: \"").append(title).append("\"\ndate: ").append(date)
                    .append("\nsummary: \"A synthetic interview for benchmarks.\"\nspeakers:\n");
            speakers.forEach(s -> text.append("  ").append(s[0]).append(": { name: ").append(s[1]).append(", role: ")
                    .append(s[2]).append(" }\n"));
            text.append("topics: [topic-").append(topics.get(0)).append(", topic-").append(topics.get(1)).append("]\n---\n\n");
            for (Turn turn : turns) {
                for (int p = 0; p < turn.paragraphs.size(); p++) {
                    text.append(p == 0 ? turn.speaker + ": " : "").append(turn.paragraphs.get(p)).append("\n\n");
                }
            }
            for (int i = 0; i < footnotes.size(); i++) {
                text.append("[^n").append(i + 1).append("]: ").append(footnotes.get(i)).append("\n\n");
            }
            return text.toString();
        }
    }

    /** A turn: speaker id and paragraphs in Verbatim's syntax (editor's notes, footnote references). */
    record Turn(String speaker, List<String> paragraphs) {
    }

    private Interview interview(int n, LocalDate date, int turnCount) {
        Interview interview = new Interview("interview-" + n, capitalized(sentence(6)), date);
        interview.speakers.add(new String[] {"Q", outlets.get(random.nextInt(outlets.size())), "interviewer"});
        String first = people.get(random.nextInt(people.size()));
        interview.speakers.add(new String[] {"A", first, "interviewee"});
        String second = people.get(random.nextInt(people.size()));
        boolean third = random.nextInt(3) == 0 && !second.equals(first);
        if (third) {
            interview.speakers.add(new String[] {"B", second, "interviewee"});
        }
        while (interview.topics.size() < 5) {
            int topic = random.nextInt(TOPICS);
            if (!interview.topics.contains(topic)) {
                interview.topics.add(topic);
            }
        }
        int notes = 0;
        int editorNotes = 0;
        for (int t = 0; t < turnCount; t++) {
            boolean question = t % 2 == 0;
            String speaker = question ? "Q" : third && random.nextBoolean() ? "B" : "A";
            List<String> paragraphs = new ArrayList<>();
            int count = question ? 1 : 1 + random.nextInt(3);
            for (int p = 0; p < count; p++) {
                StringBuilder paragraph = new StringBuilder();
                int sentences = question ? 2 : 3 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    paragraph.append(capitalized(sentence(9 + random.nextInt(9))));
                    if (random.nextInt(6) == 0) {
                        paragraph.append(" ").append(aliases.get(interview.topics.get(random.nextInt(5))));
                    }
                    if (!question && editorNotes < 2 && random.nextInt(25) == 0) {
                        paragraph.append(" [ed: ").append(sentence(3)).append("]");
                        editorNotes++;
                    }
                    paragraph.append(question && s == sentences - 1 ? "?" : ".");
                    if (notes < 3 && random.nextInt(20) == 0) {
                        notes++;
                        paragraph.append("[^n").append(notes).append("]");
                        interview.footnotes.add(capitalized(sentence(12)) + ".");
                    }
                    paragraph.append(' ');
                }
                paragraphs.add(paragraph.toString().strip());
            }
            interview.turns.add(new Turn(speaker, paragraphs));
        }
        return interview;
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.toString();
    }

    private String name(int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return name.toString();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
