package org.verbatim.model;

/** One element of an interview's body, in reading order. */
public sealed interface Block permits Turn, Prose, EditorBlock, RelatedInset, SectionHeading {

    /** A short name templates switch on: {@code turn}, {@code prose}, {@code editor}, {@code related}, {@code heading}. */
    String kind();
}
