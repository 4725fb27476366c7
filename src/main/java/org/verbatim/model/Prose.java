package org.verbatim.model;

import java.util.List;

/** Unlabelled text outside any turn, such as an introduction. */
public record Prose(List<Segment> segments) implements Block {
    public Prose {
        segments = List.copyOf(segments);
    }

    @Override
    public String kind() {
        return "prose";
    }

    @Override
    public Prose withSegments(java.util.function.UnaryOperator<Segment> change) {
        return new Prose(segments.stream().map(change).toList());
    }
}
