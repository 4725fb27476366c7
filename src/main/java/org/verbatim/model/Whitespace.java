package org.verbatim.model;

/** Whitespace handling for text that is shown on one line (excerpts, search). */
public final class Whitespace {
    private Whitespace() {
    }

    /** The text with each run of whitespace replaced by one space and none at either end. */
    public static String collapse(String text) {
        // Over a char array rather than charAt and a StringBuilder: this runs over every passage twice per build.
        int length = text.length();
        char[] chars = new char[length];
        text.getChars(0, length, chars, 0);
        int out = 0;
        boolean pendingSpace = false;
        boolean changed = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (isWhitespace(c)) {
                changed |= c != ' ' || pendingSpace || out == 0;
                pendingSpace = out > 0;
            } else {
                if (pendingSpace) {
                    chars[out++] = ' ';
                    pendingSpace = false;
                }
                chars[out++] = c;
            }
        }
        changed |= pendingSpace;
        return changed ? new String(chars, 0, out) : text;
    }

    /** {@link Character#isWhitespace(char)}, answered without a table lookup for ASCII. */
    private static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c);
    }
}
