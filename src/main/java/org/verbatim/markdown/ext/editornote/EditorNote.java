package org.verbatim.markdown.ext.editornote;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The AST node of an inline editor's note; its children are the note's inline content. */
public final class EditorNote extends Node {

    EditorNote(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
