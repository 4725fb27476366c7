package org.verbatim.model;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names and titles into URL-safe slugs: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {
    private Slugs() {
    }

    /** The longest slug made: slugs become folder names, and file systems refuse names over 255 bytes. */
    public static final int MAX_LENGTH = 100;

    /**
     * The slug of {@code text}, accents dropped ("Éric Güell" gives "eric-guell"), at most {@link #MAX_LENGTH}
     * characters; empty when nothing is left.
     */
    public static String of(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
}
