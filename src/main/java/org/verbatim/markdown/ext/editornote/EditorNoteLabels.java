package org.verbatim.markdown.ext.editornote;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The localized words for an inline editor's note: the visible abbreviation ("Ed.", "NDLR") and the
 * accessible name ("Editor's note").
 */
public record EditorNoteLabels(String abbreviation, String name) {

    /** The labels for a language tag such as {@code en} or {@code fr-CA}; English when the language is unknown. */
    public static EditorNoteLabels forLanguage(String languageTag) {
        ResourceBundle bundle = ResourceBundle.getBundle(EditorNoteLabels.class.getPackageName() + ".labels",
                Locale.forLanguageTag(languageTag), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new EditorNoteLabels(bundle.getString("abbreviation"), bundle.getString("name"));
    }
}
