package org.verbatim.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Timecode;

/**
 * SubRip ({@code .srt}) as caption tools write it: numbered blocks, {@code 00:01:02,500 --> 00:01:05,000}, and
 * the speaker as a {@code Name:} prefix of the text where the tool names one.
 */
public final class SrtReader {
    private static final Pattern TIMING = Pattern.compile("^(\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3})[ \\t]+-->[ \\t]+"
            + "(\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3})(?:[ \\t].*)?$");
    private static final Pattern SPEAKER = Pattern.compile("^(\\p{L}[\\p{L}\\p{M} .'’-]{0,60}?):[ \\t]+");

    public List<Cue> read(Path file, String text) throws ImportProblem {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1);
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            String id = lines[i].strip();
            if (!id.matches("\\d+")) {
                throw new ImportProblem(file, i + 1, 1, "'" + id + "' is not a subtitle number; an SRT block starts"
                        + " with its number, then its timing line");
            }
            i++;
            Matcher timing = i < lines.length ? TIMING.matcher(lines[i].strip()) : null;
            if (timing == null || !timing.matches()) {
                throw new ImportProblem(file, Math.min(i + 1, lines.length), 1, "subtitle " + id + " needs a timing line"
                        + " such as '00:01:02,500 --> 00:01:05,000'");
            }
            Timecode start;
            try {
                start = Timecode.parse(timing.group(1).replace(',', '.'));
            } catch (IllegalArgumentException e) {
                throw new ImportProblem(file, i + 1, 1, e.getMessage());
            }
            i++;
            StringBuilder payload = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank()) {
                payload.append(payload.isEmpty() ? "" : " ").append(lines[i].strip());
                i++;
            }
            String words = payload.toString().replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
            Matcher speaker = SPEAKER.matcher(words);
            cues.add(speaker.find() ? new Cue(start, "", speaker.group(1).strip(), words.substring(speaker.end()))
                    : new Cue(start, "", "", words));
        }
        return cues;
    }
}
