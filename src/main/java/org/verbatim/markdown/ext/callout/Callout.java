package org.verbatim.markdown.ext.callout;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A block quote that opened with a callout marker; its children are the inset's blocks. */
public final class Callout extends Block {
    private final CalloutKind kind;

    Callout(BasedSequence chars, CalloutKind kind) {
        super(chars);
        this.kind = kind;
    }

    public CalloutKind kind() {
        return kind;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
