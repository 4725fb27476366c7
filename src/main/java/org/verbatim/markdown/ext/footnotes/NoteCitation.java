package org.verbatim.markdown.ext.footnotes;

/** How one footnote reference renders: the note's number, the note's id, and this reference's own id. */
public record NoteCitation(int number, String noteId, String referenceId) {
}
