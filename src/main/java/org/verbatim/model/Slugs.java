package org.verbatim.model;

import java.text.Normalizer;

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
        String letters = text.chars().allMatch(c -> c < 128) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder(Math.min(letters.length(), MAX_LENGTH));
        boolean hyphen = false;
        for (int i = 0; i < letters.length() && slug.length() < MAX_LENGTH; i++) {
            char c = letters.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                appendAfter(slug, hyphen, c);
                hyphen = false;
            } else if (c >= 'A' && c <= 'Z') {
                appendAfter(slug, hyphen, Character.toLowerCase(c));
                hyphen = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                hyphen = true;  // any other character separates words; accents (marks) just vanish
            }
        }
        return slug.toString();
    }

    private static void appendAfter(StringBuilder slug, boolean hyphen, char c) {
        if (hyphen && slug.length() > 0 && slug.length() < MAX_LENGTH - 1) {
            slug.append('-');
        }
        slug.append(c);
    }
}
