package org.verbatim.render.partials;

/** A section heading inside the conversation ({@code partials/section.html}): its anchor and text. */
public record SectionView(String id, String text) {
}
