package org.verbatim.model;

/** One element of an interview's body, in reading order. */
public sealed interface Block permits Turn, Prose, EditorBlock, RelatedInset, SectionHeading {

    /** A short name templates switch on: {@code turn}, {@code prose}, {@code editor}, {@code related}, {@code heading}. */
    String kind();

    /** This block with each of its segments replaced by {@code change}'s; a block without segments as it is. */
    Block withSegments(java.util.function.UnaryOperator<Segment> change);
}
