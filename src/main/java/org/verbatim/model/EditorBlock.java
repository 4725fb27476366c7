package org.verbatim.model;

import java.util.List;

/** A block editor's note ({@code > [!ed]}), shown between turns in the editor's voice. */
public record EditorBlock(List<Segment> segments) implements Block {
    public EditorBlock {
        segments = List.copyOf(segments);
    }

    @Override
    public String kind() {
        return "editor";
    }

    @Override
    public EditorBlock withSegments(java.util.function.UnaryOperator<Segment> change) {
        return new EditorBlock(segments.stream().map(change).toList());
    }
}
