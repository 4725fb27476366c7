package org.verbatim.markdown;

import org.verbatim.model.Slugs;

/** Anchor ids for section headings, readable in URLs and never clashing with turn anchors. */
final class HeadingIds {
    private HeadingIds() {
    }

    /** The heading's slug; a heading with no letter or digit gives {@code section-} and a hash of its text. */
    static String slugOf(String text, Slugs slugs) {
        String slug = slugs.orFallback(text, "section");
        return slug.matches("t\\d+") ? "section-" + slug : slug;
    }
}
