package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import org.unbescape.html.HtmlEscape;
import org.verbatim.model.Interview;
import org.verbatim.model.Segment;
import org.verbatim.model.Timecode;
import org.verbatim.model.Turn;
import org.verbatim.model.Whitespace;

/**
 * {@code transcript.vtt}: the timed turns of an interview as WebVTT, one cue per timed turn, or per timed
 * paragraph where a long turn gives its paragraphs their own times, the speaker in a {@code <v>} voice tag. Each
 * cue ends where the next begins; the last at the recording's duration when known, otherwise after the time its
 * words take to say at an unhurried pace. Untimed turns, which a cue cannot hold, are left out. A cue's identifier
 * is its turn's anchor ({@code t3}) or, for a later paragraph of that turn, {@code t3-p2}, so that a reader of the
 * file (and {@code verbatim import}) can tell a new paragraph from a new turn of the same speaker.
 */
final class TranscriptVtt {
    /** How long a word takes to say, for the last cue when the recording's duration is not known. */
    private static final long MILLIS_PER_WORD = 400;

    /** A cue: its identifier is the turn's anchor ({@code t3}), or for a paragraph of it {@code t3-p2}. */
    private record Cue(String id, Timecode start, String speaker, String text) {
    }

    /** Whether the interview has anything to put in a transcript. */
    static boolean applies(Interview interview) {
        return interview.isTimed();
    }

    static String of(Interview interview) {
        List<Cue> cues = new ArrayList<>();
        for (Turn turn : interview.turns()) {
            Timecode start = turn.start();
            StringBuilder text = new StringBuilder();
            boolean split = turn.segments().stream().anyMatch(s -> s.start() != null);
            if (!split) {
                if (start != null) {
                    cues.add(new Cue(turn.id(), start, turn.speaker().name(), Whitespace.collapse(turn.text())));
                }
                continue;
            }
            int paragraph = 1;
            String id = turn.id();
            for (Segment segment : turn.segments()) {
                if (segment.start() != null) {
                    if (start != null && !text.isEmpty()) {
                        cues.add(new Cue(id, start, turn.speaker().name(), text.toString().strip()));
                        paragraph++;
                    }
                    id = paragraph == 1 ? turn.id() : turn.id() + "-p" + paragraph;
                    start = segment.start();
                    text.setLength(0);
                }
                text.append(plain(segment.html())).append(' ');
            }
            if (start != null && !text.toString().isBlank()) {
                cues.add(new Cue(id, start, turn.speaker().name(), text.toString().strip()));
            }
        }
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            Timecode end = i + 1 < cues.size() ? cues.get(i + 1).start()
                    : interview.media() != null && interview.media().duration() != null
                    && interview.media().duration().compareTo(cue.start()) > 0 ? interview.media().duration()
                    : new Timecode(cue.start().millis() + Math.max(2000, words(cue.text()) * MILLIS_PER_WORD));
            vtt.append('\n').append(cue.id()).append('\n').append(cue.start().vtt()).append(" --> ").append(end.vtt())
                    .append('\n').append("<v ").append(escape(cue.speaker()).replace(">", "&gt;")).append('>')
                    .append(escape(cue.text())).append('\n');
        }
        return vtt.toString();
    }

    private static long words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** The words of a rendered paragraph: tags dropped, the editor's-note label and note numbers with them. */
    private static String plain(String html) {
        String text = html.replaceAll("<span class=\"ed-label\">.*?</span>", "")
                .replaceAll("<sup>\\d+</sup>", "")
                .replaceAll("<span class=\"segment-time\">.*?</span>", "")
                .replaceAll("<[^>]*>", "");
        return Whitespace.collapse(HtmlEscape.unescapeHtml(text));
    }

    /** WebVTT cue text: '&' and '<' are the characters it reserves; "-->" may not appear either. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("-->", "--&gt;");
    }
}
