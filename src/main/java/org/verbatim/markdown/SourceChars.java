package org.verbatim.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** A node's characters as a String, copied straight from the source text when they are a plain slice of it. */
final class SourceChars {
    private SourceChars() {
    }

    /** flexmark's own {@code toString()} copies character by character through several layers of calls. */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            return source.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }
}
