package org.verbatim.model;

/** Whitespace handling for text that is shown on one line (excerpts, search). */
public final class Whitespace {
    private Whitespace() {
    }

    /** The text with each run of whitespace replaced by one space and none at either end. */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
