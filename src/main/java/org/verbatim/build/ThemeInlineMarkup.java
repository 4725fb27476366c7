package org.verbatim.build;

import java.util.Locale;
import org.verbatim.markdown.InlineMarkup;
import org.verbatim.render.TemplateRenderer;
import org.verbatim.render.partials.EditorNoteView;
import org.verbatim.render.partials.NoteRefView;
import org.verbatim.render.partials.Partial;

/**
 * Footnote references and inline editor's notes as the theme's {@code noteref} and {@code ed-inline} partials.
 * Each sits inside running text, so the line break that ends a partial's file is left out: it is not a space the
 * author wrote, and it would put one between a note and the full stop after it.
 */
final class ThemeInlineMarkup implements InlineMarkup {
    private final TemplateRenderer theme;

    ThemeInlineMarkup(TemplateRenderer theme) {
        this.theme = theme;
    }

    @Override
    public String noteReference(NoteReference reference, String language) {
        return theme.partials().render(Partial.NOTE_REF,
                new NoteRefView(reference.id(), reference.href(), reference.number()), Locale.forLanguageTag(language))
                .strip();
    }

    @Override
    public String editorsNote(EditorsNote note, String language) {
        String lang = Locale.forLanguageTag(language).getLanguage();
        return theme.partials().render(Partial.EDITOR_NOTE, new EditorNoteView(note.open(), note.close(), note.content(),
                theme.message(lang, "ui.editorsNoteAbbreviation"), theme.message(lang, "ui.editorsNote")),
                Locale.forLanguageTag(language)).strip();
    }
}
