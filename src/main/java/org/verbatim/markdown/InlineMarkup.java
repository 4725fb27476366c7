package org.verbatim.markdown;

import com.vladsch.flexmark.util.data.DataKey;

/**
 * The markup of the elements inside a paragraph that a theme may change: footnote references and inline
 * editor's notes. The build gives the theme's partials; they are asked while the Markdown is rendered, like
 * Hugo's render hooks, so a paragraph is finished markup by the time the page is laid out.
 */
public interface InlineMarkup {
    /** Where the renderers of one document find the markup to use, with the document's language. */
    DataKey<Binding> KEY = new DataKey<>("VERBATIM_INLINE_MARKUP", new Binding(null, "en"));

    /** A reference to footnote {@code number}: this reference's anchor {@code id}, the link to the note. */
    record NoteReference(String id, String href, int number) {
    }

    /** An inline editor's note: the site's delimiters and the note's own HTML. */
    record EditorsNote(String open, String close, String content) {
    }

    String noteReference(NoteReference reference, String language);

    String editorsNote(EditorsNote note, String language);

    /** The markup of one document, in its language; {@code markup} is null only before the assembler sets it. */
    record Binding(InlineMarkup markup, String language) {
        public String noteReference(NoteReference reference) {
            return markup.noteReference(reference, language);
        }

        public String editorsNote(EditorsNote note) {
            return markup.editorsNote(note, language);
        }
    }
}
