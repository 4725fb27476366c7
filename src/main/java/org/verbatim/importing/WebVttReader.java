package org.verbatim.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;
import org.verbatim.model.Timecode;

/**
 * WebVTT as transcription services and archives write it: the {@code WEBVTT} header (missing in some OHMS
 * exports), {@code NOTE}, {@code STYLE} and {@code REGION} blocks skipped, optional cue identifiers, times with
 * or without hours, the speaker in a {@code <v Name>} voice tag, other tags dropped, {@code <br><br>} as a
 * paragraph break.
 */
public final class WebVttReader {
    private static final Pattern TIMING = Pattern.compile("^((?:\\d+:)?\\d{2}:\\d{2}\\.\\d{3})[ \\t]+-->[ \\t]+"
            + "((?:\\d+:)?\\d{2}:\\d{2}\\.\\d{3})(?:[ \\t].*)?$");
    /** A line meant as a timing with its arrow mistyped ({@code 00:01.000 -> 00:02.000}), not a cue identifier. */
    private static final Pattern ALMOST_TIMING = Pattern.compile("^[\\d:.,]+\\s*(-+>|—>|=>)");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ \\t>]*)?[ \\t]+([^>]*)>");

    /** The cues of {@code text}, read from {@code file}; {@link ImportProblem} at the first line that breaks the format. */
    public List<Cue> read(Path file, String text) throws ImportProblem {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        if (lines.length > 0 && lines[0].startsWith("WEBVTT")) {
            while (i < lines.length && !lines[i].isBlank()) {
                i++;  // the header and its lines
            }
        }
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            if (lines[i].startsWith("NOTE") || lines[i].startsWith("STYLE") || lines[i].startsWith("REGION")) {
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                continue;
            }
            String id = "";
            if (!lines[i].contains("-->") && !ALMOST_TIMING.matcher(lines[i].strip()).find()) {
                id = lines[i].strip();
                i++;
            }
            if (i >= lines.length || lines[i].isBlank()) {
                throw new ImportProblem(file, blockStart + 1, 1, "a cue must have a timing line such as"
                        + " '00:01:02.500 --> 00:01:05.000' after its identifier '" + id + "'");
            }
            Matcher timing = TIMING.matcher(lines[i].strip());
            if (!timing.matches()) {
                int column = lines[i].indexOf(lines[i].strip()) + 1;
                throw new ImportProblem(file, i + 1, column, "'" + lines[i].strip() + "' is not a cue timing;"
                        + " write it as 00:01:02.500 --> 00:01:05.000");
            }
            Timecode start;
            try {
                start = Timecode.parse(timing.group(1));
            } catch (IllegalArgumentException e) {
                throw new ImportProblem(file, i + 1, 1, e.getMessage());
            }
            i++;
            StringBuilder payload = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank()) {
                payload.append(payload.isEmpty() ? "" : "\n").append(lines[i]);
                i++;
            }
            cues.add(cue(start, id, payload.toString()));
        }
        return cues;
    }

    private static Cue cue(Timecode start, String id, String payload) {
        Matcher voice = VOICE.matcher(payload);
        String speaker = voice.find() ? HtmlEscape.unescapeHtml(voice.group(1).strip()) : "";
        String text = payload.replaceAll("(?i)<br\\s*/?>\\s*<br\\s*/?>", "\n\n").replaceAll("(?i)<br\\s*/?>", " ")
                .replaceAll("<[^>]*>", "");
        text = HtmlEscape.unescapeHtml(text);
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : text.split("\n\\s*\n")) {
            String words = paragraph.replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                paragraphs.append(paragraphs.isEmpty() ? "" : "\n\n").append(words);
            }
        }
        return new Cue(start, id, speaker, paragraphs.toString());
    }
}
