package org.verbatim.render.partials;

/**
 * An inline editor's note ({@code partials/ed-inline.html}): the site's delimiters ({@code open}, {@code close}),
 * the note's HTML, the visible abbreviation ("Ed.", "NDLR") and the accessible name ("Editor's note").
 */
public record EditorNoteView(String open, String close, String content, String abbreviation, String label) {
}
