package org.verbatim.render.partials;

/** A footnote reference in the text ({@code partials/noteref.html}): its own anchor, the note's, its number. */
public record NoteRefView(String id, String href, int number) {
}
