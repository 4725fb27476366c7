package org.verbatim.importing;

import java.util.regex.Pattern;
import org.verbatim.model.Timecode;

/**
 * One timed piece of a transcript as a source gives it: when it starts (null when the source does not say), its
 * identifier (empty when none), who speaks (empty when the source does not say), its text, with {@code \n\n}
 * between paragraphs, and what it opens: nothing (it goes on the paragraph before when the speaker is the same),
 * a paragraph of the same turn, or a turn of its own.
 */
public record Cue(Timecode start, String id, String speaker, String text, Opens opens) {
    private static final Pattern VERBATIM_TURN = Pattern.compile("t\\d+");
    private static final Pattern VERBATIM_PARAGRAPH = Pattern.compile("t\\d+-p\\d+");

    /** What a cue begins in the interview. */
    public enum Opens { NOTHING, PARAGRAPH, TURN }

    /**
     * A cue whose identifier says what it opens: a Verbatim {@code transcript.vtt} names its cues after turns
     * ({@code t3}) and their timed paragraphs ({@code t3-p2}); any other identifier opens nothing.
     */
    public Cue(Timecode start, String id, String speaker, String text) {
        this(start, id, speaker, text, VERBATIM_TURN.matcher(id).matches() ? Opens.TURN
                : VERBATIM_PARAGRAPH.matcher(id).matches() ? Opens.PARAGRAPH : Opens.NOTHING);
    }
}
