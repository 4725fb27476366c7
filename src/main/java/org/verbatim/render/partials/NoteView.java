package org.verbatim.render.partials;

import java.util.List;

/**
 * A footnote ({@code partials/note.html}), rendered twice per page: as a sidenote beside the paragraph that first
 * cites it ({@code sidenote} true, {@code id} ending in {@code -side}) and as an endnote with {@code backlinks}
 * to every place that cites it. {@code label} is the note's accessible name ("Note 2"); {@code content} is HTML.
 */
public record NoteView(boolean sidenote, String id, int number, String label, String content,
                       List<BacklinkView> backlinks) {
    public NoteView {
        backlinks = List.copyOf(backlinks);
    }
}
