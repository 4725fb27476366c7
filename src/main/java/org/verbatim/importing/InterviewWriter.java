package org.verbatim.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Media;
import org.verbatim.model.SpeakerIds;
import org.verbatim.model.Timecode;
import org.verbatim.model.Whitespace;
import org.verbatim.source.LanguageTag;

/**
 * Writes cues as an interview file: consecutive cues of one speaker merged into one turn (a Verbatim
 * {@code transcript.vtt}'s {@code t3-p2} cues as timed paragraphs of turn {@code t3}), the first cue's time after
 * the speaker's label, speakers declared with ids made of their names' initials, the interviewer guessed as the
 * speaker whose turns most often end in a question, square-bracketed insertions as inline editor's notes. What
 * was guessed is listed in a comment at the top, and then the interview is a draft.
 */
public final class InterviewWriter {
    /** Writes a YAML value as a JSON string, which YAML reads as it is; thread-safe once configured. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INSERTION = Pattern.compile("\\[([^\\[\\]\\n]+)]");

    /** A speaker as {@code --speaker "LABEL=ID:role[:Display Name]"} gives it; null parts are left to the guess. */
    public record SpeakerChoice(String id, String role, String name) {
    }

    /** What the command line gives; null for what it does not. */
    public record Metadata(String title, LocalDate date, String publication, Map<String, SpeakerChoice> speakers) {
    }

    private record Paragraph(Timecode start, StringBuilder text) {
    }

    private static final class Turn {
        final String speaker;
        final Timecode start;
        final List<Paragraph> paragraphs = new ArrayList<>();

        Turn(String speaker, Timecode start) {
            this.speaker = speaker;
            this.start = start;
        }

        /** Every time written in this turn, in order. */
        List<Timecode> times() {
            List<Timecode> times = new ArrayList<>();
            if (start != null) {
                times.add(start);
            }
            paragraphs.stream().skip(1).map(Paragraph::start).filter(java.util.Objects::nonNull).forEach(times::add);
            return times;
        }
    }

    /**
     * The interview file for {@code transcript}, read from the source named {@code source}; what {@code metadata}
     * gives wins over what the source says, and {@code today} and {@code fallbackTitle} stand in for what neither
     * gives.
     */
    public String write(Transcript transcript, Metadata metadata, String source, String fallbackTitle, LocalDate today) {
        List<Turn> turns = turns(transcript.cues());
        SourceFacts facts = transcript.facts();
        List<String> check = new ArrayList<>(transcript.checks());
        Map<String, String[]> speakers = speakers(turns, metadata, facts, check);
        String title = metadata.title() != null ? metadata.title() : facts.title();
        if (title == null) {
            title = fallbackTitle;
            check.add("title: made from the file's name ('" + fallbackTitle + "'); give --title");
        }
        LocalDate date = metadata.date() != null ? metadata.date() : facts.date();
        if (date == null) {
            date = today;
            check.add("date: the day of the import (" + today + "); give --date");
        }
        String language = language(facts.language(), check);
        String media = media(facts, check);
        StringBuilder file = new StringBuilder("---\n");
        file.append("# Imported from ").append(source).append(" by verbatim import on ").append(today).append(".\n");
        if (!check.isEmpty()) {
            file.append("# Check before publishing (then set draft: false):\n");
            check.forEach(item -> file.append("#  - ").append(item.replace("\n", " ")).append('\n'));
        }
        file.append("title: ").append(json(title)).append('\n');
        file.append("date: ").append(date).append('\n');
        if (metadata.publication() != null) {
            file.append("publication: ").append(json(metadata.publication())).append('\n');
        }
        if (language != null) {
            file.append("language: ").append(language).append('\n');
        }
        if (media != null) {
            file.append("media: ").append(media).append('\n');
        }
        file.append("speakers:\n");
        speakers.forEach((label, speaker) -> file.append("  ").append(speaker[0]).append(": { name: ")
                .append(json(speaker[2])).append(", role: ").append(speaker[1]).append(" }\n"));
        if (facts.repository() != null || facts.accession() != null) {
            file.append("params:\n");
            if (facts.repository() != null) {
                file.append("  repository: ").append(json(facts.repository())).append('\n');
            }
            if (facts.accession() != null) {
                file.append("  accession: ").append(json(facts.accession())).append('\n');
            }
        }
        if (!check.isEmpty()) {
            file.append("draft: true\n");
        }
        file.append("---\n");
        Map<Integer, List<IndexPoint>> headings = headings(turns, transcript.points());
        for (int t = 0; t <= turns.size(); t++) {
            for (IndexPoint point : headings.getOrDefault(t, List.of())) {
                heading(file, point);
            }
            if (t == turns.size()) {
                break;
            }
            Turn turn = turns.get(t);
            file.append('\n').append(speakers.get(turn.speaker)[0]);
            if (turn.start != null) {
                file.append(" [").append(turn.start.written()).append(']');
            }
            file.append(": ");
            for (int i = 0; i < turn.paragraphs.size(); i++) {
                Paragraph paragraph = turn.paragraphs.get(i);
                if (i > 0) {
                    file.append("\n\n");
                    if (paragraph.start() != null) {
                        file.append('[').append(paragraph.start().written()).append("] ");
                    }
                }
                file.append(markdown(paragraph.text().toString()));
            }
            file.append('\n');
        }
        transcript.footnotes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(note -> file
                .append("\n[^").append(note.getKey()).append("]: ").append(markdown(note.getValue())).append('\n'));
        return Transcript.footnoteMarks(file.toString());
    }

    /**
     * Where the segments' headings go, turn index → headings before it. A turn that holds times on both sides of
     * a segment's start is split first, at its first paragraph after that start, so that the heading can go there.
     */
    private static Map<Integer, List<IndexPoint>> headings(List<Turn> turns, List<IndexPoint> points) {
        for (IndexPoint point : points) {
            for (int t = 0; t < turns.size(); t++) {
                Turn turn = turns.get(t);
                List<Timecode> times = turn.times();
                if (times.isEmpty() || times.get(0).compareTo(point.start()) >= 0
                        || times.get(times.size() - 1).compareTo(point.start()) <= 0) {
                    continue;
                }
                for (int p = 1; p < turn.paragraphs.size(); p++) {
                    Timecode start = turn.paragraphs.get(p).start();
                    if (start != null && start.compareTo(point.start()) > 0) {
                        Turn rest = new Turn(turn.speaker, start);
                        rest.paragraphs.add(new Paragraph(null, turn.paragraphs.get(p).text()));
                        rest.paragraphs.addAll(turn.paragraphs.subList(p + 1, turn.paragraphs.size()));
                        turn.paragraphs.subList(p, turn.paragraphs.size()).clear();
                        turns.add(t + 1, rest);
                        break;
                    }
                }
                break;
            }
        }
        List<long[]> anchors = new ArrayList<>();
        long[] firstWords = new long[turns.size()];
        long words = 0;
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            firstWords[t] = words;
            for (int p = 0; p < turn.paragraphs.size(); p++) {
                Timecode start = p == 0 ? turn.start : turn.paragraphs.get(p).start();
                if (start != null) {
                    anchors.add(new long[] {words, start.millis()});
                }
                words += wordCount(turn.paragraphs.get(p).text().toString());
            }
        }
        return SegmentPlacement.place(points, turns.stream().map(Turn::times).toList(), anchors, firstWords);
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** A segment as a timed heading, with its synopsis and keywords in a {@code > [!synopsis]} block under it. */
    private static void heading(StringBuilder file, IndexPoint point) {
        String title = point.title().isBlank() ? "Segment at " + point.start().written() : point.title();
        file.append("\n## [").append(point.start().written()).append("] ")
                .append(escape(Whitespace.collapse(title))).append('\n');
        if (!point.synopsis().isBlank() || !point.keywords().isEmpty()) {
            file.append("\n> [!synopsis]\n");
            for (String line : point.synopsis().strip().split("\\s*\n\\s*")) {
                if (!line.isBlank()) {
                    file.append("> ").append(escape(line.strip())).append('\n');
                }
            }
            if (!point.keywords().isEmpty()) {
                file.append("> Keywords: ").append(escape(String.join("; ", point.keywords()))).append('\n');
            }
        }
    }

    /** A source's language as a tag for {@code language:}: kept when it is one, else looked up by English name. */
    private static String language(String given, List<String> check) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String name = given.strip();
        if (LanguageTag.isValid(name) && name.length() <= 3 || name.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})+")) {
            return name;
        }
        for (String code : Locale.getISOLanguages()) {
            if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name)) {
                return code;
            }
        }
        check.add("language: the source says '" + name + "', which is not a language Verbatim knows by name;"
                + " add language: with its code (en, fr, …)");
        return null;
    }

    /** The source's recording for {@code media:}, when it is a web address of a kind a page can play. */
    private static String media(SourceFacts facts, List<String> check) {
        String url = facts.media();
        if (url == null || url.isBlank()) {
            return null;
        }
        url = url.strip();
        String path = url.replaceFirst("[?#].*$", "");
        if (!url.matches("(?i)https?://\\S+") || Media.typeOf(path).isEmpty()) {
            check.add("media: the source's recording '" + url + "' is not a web address of a known type ("
                    + Media.knownExtensions() + "); add media: by hand");
            return null;
        }
        return facts.duration() == null ? json(url)
                : "{ src: " + json(url) + ", duration: " + facts.duration().written() + " }";
    }

    private static List<Turn> turns(List<Cue> cues) {
        List<Turn> turns = new ArrayList<>();
        Turn turn = null;
        for (Cue cue : cues) {
            String speaker = cue.speaker().isEmpty() ? turn != null && cue.opens() != Cue.Opens.TURN ? turn.speaker
                    : "Speaker" : cue.speaker();
            boolean newTurn = turn == null || !turn.speaker.equals(speaker) || cue.opens() == Cue.Opens.TURN;
            String[] paragraphs = cue.text().split("\n\n");
            if (newTurn) {
                turn = new Turn(speaker, cue.start());
                turns.add(turn);
                turn.paragraphs.add(new Paragraph(null, new StringBuilder(paragraphs[0])));
            } else if (cue.opens() == Cue.Opens.PARAGRAPH) {
                turn.paragraphs.add(new Paragraph(cue.start(), new StringBuilder(paragraphs[0])));
            } else {
                StringBuilder last = turn.paragraphs.get(turn.paragraphs.size() - 1).text();
                last.append(last.isEmpty() ? "" : " ").append(paragraphs[0]);
            }
            for (int i = 1; i < paragraphs.length; i++) {
                turn.paragraphs.add(new Paragraph(null, new StringBuilder(paragraphs[i])));
            }
        }
        return turns;
    }

    /**
     * Label → {id, role, name}, in order of first appearance. A label that names one of the source's interviewers
     * or interviewees (its whole name, or its family name as OHMS labels write it: {@code DOE:} for
     * {@code Doe, Jane}) takes that person's name and role; other roles are guessed.
     */
    private static Map<String, String[]> speakers(List<Turn> turns, Metadata metadata, SourceFacts facts,
                                                  List<String> check) {
        Map<String, int[]> counts = new LinkedHashMap<>();  // turns, turns ending in a question
        for (Turn turn : turns) {
            int[] count = counts.computeIfAbsent(turn.speaker, k -> new int[2]);
            count[0]++;
            String last = turn.paragraphs.get(turn.paragraphs.size() - 1).text().toString().strip();
            if (last.endsWith("?")) {
                count[1]++;
            }
        }
        String asker = null;
        double best = -1;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            double share = (double) entry.getValue()[1] / entry.getValue()[0];
            if (share > best) {
                best = share;
                asker = entry.getKey();
            }
        }
        Map<String, String[]> speakers = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        boolean guessed = false;
        for (String label : counts.keySet()) {
            SpeakerChoice choice = metadata.speakers().getOrDefault(label, new SpeakerChoice(null, null, null));
            String[] known = person(label, facts);
            String name = choice.name() != null ? choice.name() : known != null ? known[0] : displayName(label);
            String id = choice.id() != null ? choice.id() : uniqueId(name, ids);
            ids.add(id);
            String role = choice.role() != null ? choice.role() : known != null ? known[1] : null;
            if (role == null) {
                guessed = true;
                role = counts.size() > 1 && label.equals(asker) ? "interviewer" : "interviewee";
            }
            speakers.put(label, new String[] {id, role, name});
        }
        if (guessed) {
            check.add("speakers' roles: guessed (the interviewer is who asks the most questions); fix with"
                    + " --speaker \"LABEL=ID:role\"");
        }
        return speakers;
    }

    /** {name, role} of the source's interviewer or interviewee that {@code label} names, or null. */
    private static String[] person(String label, SourceFacts facts) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (String role : List.of("interviewer", "interviewee")) {
            for (String written : role.equals("interviewer") ? facts.interviewers() : facts.interviewees()) {
                String name = naturalOrder(written);
                String family = written.contains(",") ? written.substring(0, written.indexOf(',')).strip()
                        : name.substring(name.lastIndexOf(' ') + 1);
                if (wanted.equals(name.toLowerCase(Locale.ROOT)) || wanted.equals(family.toLowerCase(Locale.ROOT))) {
                    return new String[] {name, role};
                }
            }
        }
        return null;
    }

    /** {@code Doe, Jane} as {@code Jane Doe}; a name without a comma as it is. */
    static String naturalOrder(String written) {
        String name = Whitespace.collapse(written).strip();
        int comma = name.indexOf(',');
        return comma < 0 ? name : (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
    }

    /** A label in capitals, as OHMS transcripts write them ({@code SMITH}), in title case; any other as it is. */
    private static String displayName(String label) {
        if (!label.equals(label.toUpperCase(Locale.ROOT)) || label.equals(label.toLowerCase(Locale.ROOT))) {
            return label;
        }
        StringBuilder name = new StringBuilder(label.length());
        boolean start = true;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            name.appendCodePoint(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
            i += Character.charCount(c);
        }
        return name.toString();
    }

    /** A speaker id from a name's initials (letters of any script), made unique with a number. */
    static String uniqueId(String name, List<String> taken) {
        StringBuilder initials = new StringBuilder();
        for (String word : Normalizer.normalize(name, Normalizer.Form.NFC).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        String base = initials.length() == 0 ? "S" : initials.length() == 1 && name.strip().length() > 1
                ? name.strip().substring(0, Math.min(2, name.strip().length())).toUpperCase(Locale.ROOT) : initials.toString();
        if (!SpeakerIds.isValid(SpeakerIds.normalize(base))) {
            base = "S";
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + n;
        }
        return id;
    }

    /** Text as Markdown: insertions in square brackets as editor's notes, Markdown's own characters escaped. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher insertion = INSERTION.matcher(text);
        int at = 0;
        while (insertion.find()) {
            out.append(escape(text.substring(at, insertion.start())));
            out.append("[ed: ").append(escape(insertion.group(1).strip())).append(']');
            at = insertion.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]<>])", "\\\\$1").replaceAll("^#", "\\\\#")
                .replaceAll("^(\\d+)\\. ", "$1\\\\. ").replaceAll("^([-+]) ", "\\\\$1 ");
    }

    private static String json(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
