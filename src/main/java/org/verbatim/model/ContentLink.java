package org.verbatim.model;

/**
 * A link in an interview whose target is inside the site: an internal {@code @/interviews/…md#anchor} link, or a
 * relative one such as {@code ../other-slug/}. {@code url} is as the author wrote it (Markdown escapes undone);
 * {@code line} and {@code column} locate it in the file.
 */
public record ContentLink(String url, int line, int column) {
    /** The prefix of internal links: a path from the content folder. */
    public static final String INTERNAL = "@/";

    public boolean isInternal() {
        return url.startsWith(INTERNAL);
    }

    /** Whether a link's address names something inside the site: internal, or relative with no scheme. */
    public static boolean isSiteLink(String url) {
        if (url.startsWith(INTERNAL)) {
            return true;
        }
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || url.startsWith("?")) {
            return false;
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon < 0 || slash >= 0 && slash < colon;  // "mailto:…", "https://…" have a scheme
    }
}
