package org.verbatim.render;

import org.unbescape.html.HtmlEscape;

/** Text escaped for HTML content and attribute values, as Thymeleaf escapes {@code th:text} and attributes. */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
