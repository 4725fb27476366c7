package org.verbatim.render;

/** Text and attribute values for the XML exports: the five reserved characters escaped, characters XML 1.0 forbids dropped. */
final class XmlText {
    private XmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != '\uFFFE' && c != '\uFFFF') {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
