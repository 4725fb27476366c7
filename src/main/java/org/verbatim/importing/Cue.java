package org.verbatim.importing;

import org.verbatim.model.Timecode;

/**
 * One timed piece of a transcript as a source gives it: when it starts, its identifier (empty when none), who
 * speaks (empty when the source does not say) and its text, with {@code \n\n} between paragraphs.
 */
public record Cue(Timecode start, String id, String speaker, String text) {
}
