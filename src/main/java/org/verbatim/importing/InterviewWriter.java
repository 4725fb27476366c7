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
import org.verbatim.model.SpeakerIds;
import org.verbatim.model.Timecode;

/**
 * Writes cues as an interview file: consecutive cues of one speaker merged into one turn (a Verbatim
 * {@code transcript.vtt}'s {@code t3-p2} cues as timed paragraphs of turn {@code t3}), the first cue's time after
 * the speaker's label, speakers declared with ids made of their names' initials, the interviewer guessed as the
 * speaker whose turns most often end in a question, square-bracketed insertions as inline editor's notes. What
 * was guessed is listed in a comment at the top, and then the interview is a draft.
 */
public final class InterviewWriter {
    private static final Pattern VERBATIM_TURN = Pattern.compile("t\\d+");
    private static final Pattern VERBATIM_PARAGRAPH = Pattern.compile("t\\d+-p\\d+");
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
    }

    /**
     * The interview file for {@code cues} from the source named {@code source}; {@code today} and {@code fallbackTitle}
     * stand in for what neither the source nor {@code metadata} gives.
     */
    public String write(List<Cue> cues, Metadata metadata, String source, String fallbackTitle, LocalDate today) {
        List<Turn> turns = turns(cues);
        List<String> check = new ArrayList<>();
        Map<String, String[]> speakers = speakers(turns, metadata, check);
        String title = metadata.title();
        if (title == null) {
            title = fallbackTitle;
            check.add("title: made from the file's name ('" + fallbackTitle + "'); give --title");
        }
        LocalDate date = metadata.date();
        if (date == null) {
            date = today;
            check.add("date: the day of the import (" + today + "); give --date");
        }
        StringBuilder file = new StringBuilder("---\n");
        file.append("# Imported from ").append(source).append(" by verbatim import on ").append(today).append(".\n");
        if (!check.isEmpty()) {
            file.append("# Check before publishing (then set draft: false):\n");
            check.forEach(item -> file.append("#  - ").append(item).append('\n'));
        }
        file.append("title: ").append(json(title)).append('\n');
        file.append("date: ").append(date).append('\n');
        if (metadata.publication() != null) {
            file.append("publication: ").append(json(metadata.publication())).append('\n');
        }
        file.append("speakers:\n");
        speakers.forEach((label, speaker) -> file.append("  ").append(speaker[0]).append(": { name: ")
                .append(json(speaker[2])).append(", role: ").append(speaker[1]).append(" }\n"));
        if (!check.isEmpty()) {
            file.append("draft: true\n");
        }
        file.append("---\n");
        for (Turn turn : turns) {
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
        return file.toString();
    }

    private static List<Turn> turns(List<Cue> cues) {
        List<Turn> turns = new ArrayList<>();
        Turn turn = null;
        for (Cue cue : cues) {
            String speaker = cue.speaker().isEmpty() ? "Speaker" : cue.speaker();
            boolean newTurn = turn == null || !turn.speaker.equals(speaker) || VERBATIM_TURN.matcher(cue.id()).matches();
            String[] paragraphs = cue.text().split("\n\n");
            int first = 0;
            if (newTurn) {
                turn = new Turn(speaker, cue.start());
                turns.add(turn);
                turn.paragraphs.add(new Paragraph(null, new StringBuilder(paragraphs[0])));
                first = 1;
            } else if (VERBATIM_PARAGRAPH.matcher(cue.id()).matches()) {
                turn.paragraphs.add(new Paragraph(cue.start(), new StringBuilder(paragraphs[0])));
                first = 1;
            } else {
                StringBuilder last = turn.paragraphs.get(turn.paragraphs.size() - 1).text();
                last.append(last.isEmpty() ? "" : " ").append(paragraphs[0]);
                first = 1;
            }
            for (int i = first; i < paragraphs.length; i++) {
                turn.paragraphs.add(new Paragraph(null, new StringBuilder(paragraphs[i])));
            }
        }
        return turns;
    }

    /** Label → {id, role, name}, in order of first appearance. */
    private static Map<String, String[]> speakers(List<Turn> turns, Metadata metadata, List<String> check) {
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
            String name = choice.name() != null ? choice.name() : label;
            String id = choice.id() != null ? choice.id() : uniqueId(name, ids);
            ids.add(id);
            String role = choice.role();
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
            return new ObjectMapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
