package org.verbatim.markdown;

import java.text.Normalizer;
import java.util.Locale;

/** Anchor ids for section headings, readable in URLs and never clashing with turn anchors. */
final class HeadingIds {
    private HeadingIds() {
    }

    static String slugOf(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || slug.matches("t\\d+")) {
            return "section-" + slug;
        }
        return slug;
    }
}
