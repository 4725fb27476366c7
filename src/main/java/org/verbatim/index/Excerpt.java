package org.verbatim.index;

/**
 * A short piece of a passage centred on a match: {@code match} is the matched words (empty when the passage
 * was tagged by hand), {@code before} and {@code after} the words around it, with "…" where text was cut.
 */
public record Excerpt(String before, String match, String after) {
    static final int CONTEXT = 90;

    /** The excerpt of {@code text} around {@code match}, or its opening words when there is no match. */
    static Excerpt of(String text, Match match) {
        if (match == null) {
            int end = cutAfter(text, Math.min(text.length(), 2 * CONTEXT));
            return new Excerpt(text.substring(0, end) + (end < text.length() ? "…" : ""), "", "");
        }
        int from = cutBefore(text, Math.max(0, match.start() - CONTEXT));
        int to = cutAfter(text, Math.min(text.length(), match.end() + CONTEXT));
        return new Excerpt((from > 0 ? "…" : "") + text.substring(from, match.start()),
                text.substring(match.start(), match.end()),
                text.substring(match.end(), to) + (to < text.length() ? "…" : ""));
    }

    /** Moves a start offset forward to the beginning of a word. */
    private static int cutBefore(String text, int offset) {
        if (offset == 0) {
            return 0;
        }
        int space = text.indexOf(' ', offset);
        return space < 0 ? offset : space + 1;
    }

    /** Moves an end offset back to the end of a word. */
    private static int cutAfter(String text, int offset) {
        if (offset >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', offset);
        return space <= 0 ? offset : space;
    }
}
