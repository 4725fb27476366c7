package org.verbatim.model;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names and titles into URL-safe slugs: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {
    private Slugs() {
    }

    /** The slug of {@code text}, accents dropped ("Éric Güell" gives "eric-guell"); empty when nothing is left. */
    public static String of(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
