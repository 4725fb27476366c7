package org.verbatim.model;

import java.util.List;

/** A "read also" inset ({@code > [!related]}), shown between turns. */
public record RelatedInset(List<Segment> segments) implements Block {
    public RelatedInset {
        segments = List.copyOf(segments);
    }

    @Override
    public String kind() {
        return "related";
    }

    @Override
    public RelatedInset withSegments(java.util.function.UnaryOperator<Segment> change) {
        return new RelatedInset(segments.stream().map(change).toList());
    }
}
