package org.verbatim.model;

/** A heading that divides a long interview; listed in the table of contents. */
public record SectionHeading(String id, int level, String text) implements Block {
    @Override
    public String kind() {
        return "heading";
    }

    @Override
    public SectionHeading withSegments(java.util.function.UnaryOperator<Segment> change) {
        return this;
    }
}
