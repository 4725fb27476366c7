package org.verbatim.markdown;

import org.verbatim.model.Slugs;

/** Anchor ids for section headings, readable in URLs and never clashing with turn anchors. */
final class HeadingIds {
    private HeadingIds() {
    }

    static String slugOf(String text) {
        String slug = Slugs.of(text);
        if (slug.isEmpty()) {
            return "section";
        }
        return slug.matches("t\\d+") ? "section-" + slug : slug;
    }
}
