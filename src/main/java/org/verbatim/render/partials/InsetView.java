package org.verbatim.render.partials;

/**
 * A block set apart from the conversation ({@code partials/inset.html}): an editor's note ({@code editorsNote}
 * true) or a "read also" box. {@code label} is its heading, already in the page's language; {@code content} is
 * HTML (sidenotes included for editor's notes).
 */
public record InsetView(boolean editorsNote, String label, String content) {
}
