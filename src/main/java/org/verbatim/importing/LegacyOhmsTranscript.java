package org.verbatim.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Timecode;

/**
 * The plain-text transcript of OHMS before 6.0: paragraphs apart by blank lines, each opening a turn with its
 * speaker's label in capitals ({@code SMITH:}) or going on with the turn before, {@code [[footnote]]} references
 * and a {@code [[footnotes]]} block, timed by the {@code <sync>} string's minute markers, each at the line and word
 * it names.
 */
final class LegacyOhmsTranscript {
    private LegacyOhmsTranscript() {
    }

    /** A speaker's label in an OHMS transcript: capitals, then a colon ({@code SMITH:}, {@code JOHN DOE:}). */
    private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{Lu}\\p{Lo}][\\p{Lu}\\p{Lo}\\p{M}\\p{N}\\-.'’()\"“”«» ]*):(?:\\s+|$)");
    private static final Pattern SYNC_MARK = Pattern.compile("(\\d+)\\((\\d+)\\)");
    private static final Pattern FOOTNOTES = Pattern.compile("\\[\\[footnotes]](.*?)\\[\\[/footnotes]]", Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile("\\[\\[note]](.*?)\\[\\[/note]]", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("\\[\\[footnote]]\\s*(\\d+)\\s*\\[\\[/footnote]]");

    /** The transcript without its {@code [[footnotes]]} block, each note kept by number, blank lines in its place. */
    static String footnotes(String text, Map<Integer, String> footnotes) {
        Matcher block = FOOTNOTES.matcher(text);
        if (!block.find()) {
            return text;
        }
        Matcher note = NOTE.matcher(block.group(1));
        for (int number = 1; note.find(); number++) {
            String body = note.group(1).replaceAll("\\[\\[link]](.*?)\\[\\[/link]]", " $1 ");
            footnotes.put(number, body.replaceAll("\\s+", " ").strip());
        }
        // Line numbers must stay as <sync> counts them: the block gives way to as many line breaks as it held.
        String breaks = "\n".repeat((int) block.group().chars().filter(c -> c == '\n').count());
        return text.substring(0, block.start()) + breaks + text.substring(block.end());
    }

    /** A word of the transcript: where <sync> finds it (line, word, from 1) and its text. */
    private record Word(int line, int number, String text) {
    }

    /**
     * Cues from a legacy transcript: a labelled paragraph opens a turn, an unlabelled one a paragraph of the turn
     * before, and each <sync> marker (minute k at line L, word W) starts a timed paragraph at that word, the
     * paragraph being split there when the word is not its first.
     */
    static List<Cue> cues(Path file, String text, OhmsReader.Element sync, Map<Integer, String> footnotes,
                                        List<String> checks) throws ImportProblem {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<List<Word>> paragraphs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Word> paragraph = null;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (line.isBlank()) {
                paragraph = null;
                continue;
            }
            String[] tokens = line.strip().split("\\s+");
            int skip = 0;
            if (paragraph == null) {
                paragraph = new ArrayList<>();
                paragraphs.add(paragraph);
                Matcher label = LABEL.matcher(line);
                if (label.find()) {
                    labels.add(label.group(1).strip());
                    skip = label.group(1).strip().split("\\s+").length;
                } else {
                    labels.add(null);
                }
            }
            for (int w = 0; w < tokens.length; w++) {
                if (w >= skip) {
                    paragraph.add(new Word(l + 1, w + 1, tokens[w]));
                }
            }
        }
        Map<Word, Timecode> marks = marks(file, sync, lines, paragraphs);
        List<Cue> cues = new ArrayList<>();
        int splits = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Word> words = paragraphs.get(p);
            String speaker = labels.get(p) == null ? "" : labels.get(p);
            Cue.Opens opens = labels.get(p) == null ? Cue.Opens.PARAGRAPH : Cue.Opens.TURN;
            // With minute markers, the transcript opens at minute 0, as OHMS shows it; without, nothing is timed.
            Timecode start = p == 0 && !marks.isEmpty() ? new Timecode(0) : null;
            StringBuilder piece = new StringBuilder();
            for (int w = 0; w < words.size(); w++) {
                Timecode mark = marks.get(words.get(w));
                if (mark != null && w > 0) {
                    cues.add(new Cue(start, "", speaker, references(piece.toString(), footnotes), opens));
                    opens = Cue.Opens.PARAGRAPH;
                    piece.setLength(0);
                    splits++;
                }
                if (mark != null) {
                    start = mark;
                }
                piece.append(piece.isEmpty() ? "" : " ").append(words.get(w).text());
            }
            if (!piece.isEmpty() || opens == Cue.Opens.TURN) {
                cues.add(new Cue(start, "", speaker, references(piece.toString(), footnotes), opens));
            }
        }
        if (cues.isEmpty()) {
            throw new ImportProblem(file, 1, 1, "the <transcript> holds no words");
        }
        if (splits > 0) {
            checks.add("times: " + splits + " of the <sync> minute markers fell inside a paragraph, which was split"
                    + " there so that the time is kept; join the paragraphs back where you prefer");
        }
        return cues;
    }

    /** The word each <sync> marker names (or the first word after it, when it names a label or a blank line). */
    private static Map<Word, Timecode> marks(Path file, OhmsReader.Element sync, String[] lines, List<List<Word>> paragraphs)
            throws ImportProblem {
        Map<Word, Timecode> marks = new HashMap<>();
        if (sync == null || sync.text().isBlank()) {
            return marks;
        }
        String value = sync.text().strip();
        int colon = value.indexOf(':');
        int minutes;
        try {
            minutes = Integer.parseInt(value.substring(0, Math.max(colon, 0)).strip());
        } catch (NumberFormatException e) {
            throw new ImportProblem(file, sync.line(), sync.column(), "<sync> must start with its interval in minutes"
                    + " and a colon, as in '1:|13(3)|19(14)', not '" + shorten(value) + "'");
        }
        List<Word> all = paragraphs.stream().flatMap(List::stream).toList();
        String[] stamps = value.substring(colon + 1).split("\\|", -1);
        for (int k = 1; k < stamps.length; k++) {
            String stamp = stamps[k].strip();
            if (stamp.isEmpty()) {
                continue;
            }
            Matcher mark = SYNC_MARK.matcher(stamp);
            if (!mark.matches()) {
                throw new ImportProblem(file, sync.line(), sync.column(), "<sync> marker " + k + " is '" + stamp
                        + "'; each marker is LINE(WORD), as in 13(3)");
            }
            int line = Integer.parseInt(mark.group(1));
            int word = Integer.parseInt(mark.group(2));
            if (line < 1 || line > lines.length) {
                throw new ImportProblem(file, sync.line(), sync.column(), "<sync> marker " + k + " (minute "
                        + k * minutes + ") names line " + line + ", but the transcript has " + lines.length + " lines");
            }
            Word named = null;
            for (Word candidate : all) {
                if (candidate.line() > line || candidate.line() == line && candidate.number() >= word) {
                    named = candidate;
                    break;
                }
            }
            if (named != null) {
                marks.putIfAbsent(named, new Timecode((long) k * minutes * 60_000));
            }
        }
        return marks;
    }

    private static String references(String text, Map<Integer, String> footnotes) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            int number = Integer.parseInt(reference.group(1));
            reference.appendReplacement(out, Matcher.quoteReplacement(footnotes.containsKey(number)
                    ? Transcript.footnoteMark(number) : ""));
        }
        return reference.appendTail(out).toString().replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
