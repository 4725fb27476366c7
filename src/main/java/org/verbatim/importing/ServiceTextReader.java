package org.verbatim.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Timecode;

/**
 * Plain text as transcription services export it: a line with the speaker's name and the time,
 * {@code Ines Carvalho  00:01:23} (two spaces or a tab between them, as Otter writes it) or
 * {@code Ines Carvalho (00:01:23):} (as Rev writes it), before each turn; the turn's text on the lines below,
 * blank lines between its paragraphs.
 */
public final class ServiceTextReader {
    private static final String TIME = "(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,3})?)";
    private static final Pattern HEADER = Pattern.compile("^(\\S.{0,80}?)(?:\\s{2,}|\\t+)" + TIME + "\\s*$"
            + "|^(\\S.{0,80}?)\\s+\\(" + TIME + "\\):?\\s*$");
    /** A time without a name, the line a service writes when the same speaker goes on ({@code 00:04:40}). */
    private static final Pattern TIME_ONLY = Pattern.compile("^\\s*" + TIME + "\\s*$");

    public List<Cue> read(Path file, String text) throws ImportProblem {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1);
        List<Cue> cues = new ArrayList<>();
        String speaker = null;
        Timecode start = null;
        Cue.Opens opens = Cue.Opens.TURN;
        StringBuilder paragraph = new StringBuilder();
        for (int l = 0; l <= lines.length; l++) {
            String line = l < lines.length ? lines[l] : "";
            Matcher header = HEADER.matcher(line.strip());
            Matcher timeOnly = TIME_ONLY.matcher(line);
            boolean isHeader = header.matches();
            if (isHeader || timeOnly.matches() || line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    cues.add(new Cue(start, "", speaker, paragraph.toString(), opens));
                    paragraph.setLength(0);
                    opens = Cue.Opens.PARAGRAPH;
                    start = null;
                }
                if (isHeader || timeOnly.matches()) {
                    String time = isHeader ? header.group(2) != null ? header.group(2) : header.group(4) : timeOnly.group(1);
                    try {
                        start = Timecode.parse(time);
                    } catch (IllegalArgumentException e) {
                        throw new ImportProblem(file, l + 1, line.indexOf(time) + 1, e.getMessage());
                    }
                    if (isHeader) {
                        speaker = (header.group(1) != null ? header.group(1) : header.group(3)).strip();
                        opens = Cue.Opens.TURN;
                    }
                }
                continue;
            }
            if (speaker == null) {
                throw new ImportProblem(file, l + 1, 1, "text before the first speaker line; a transcription"
                        + " service's text starts with a line such as 'Ines Carvalho  00:00:01'");
            }
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
        }
        if (cues.isEmpty()) {
            throw new ImportProblem(file, 1, 1, "no speaker lines such as 'Ines Carvalho  00:00:01' were found;"
                    + " give --format if this is not a transcription service's text");
        }
        return cues;
    }
}
