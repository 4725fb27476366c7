package org.verbatim.markdown.ext.topicmarks;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** A {@code {topics: …}} mark in the text; {@code entries} are the ids as written, with any leading '-'. */
public final class TopicMarkNode extends Node {
    private final List<BasedSequence> entries;

    TopicMarkNode(BasedSequence chars, List<BasedSequence> entries) {
        super(chars);
        this.entries = List.copyOf(entries);
    }

    /** The entries as written, each with its position in the source for error messages. */
    public List<BasedSequence> entries() {
        return entries;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
