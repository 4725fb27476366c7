package org.verbatim.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;
import org.verbatim.model.Footnote;
import org.verbatim.model.Whitespace;

/**
 * A rendered paragraph's words as XML text for the exports, with its notes kept as notes: an element whose
 * {@code id} is a footnote reference's anchor becomes what the format makes of the footnote (TEI: its text in
 * {@code <note place="foot">}), an element with {@code role="note"} (an inline editor's note, as the theme's
 * ed-inline partial marks it) an editor's note in the format's way; the paragraph's own time link, hidden delimiters and the
 * editor's label are left out, other tags dropped with their text kept. A theme that marks notes otherwise still
 * has every word exported, as running text.
 */
final class MarkupWalker {
    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--.*?-->|([^<]+)",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("br", "img", "wbr", "hr", "input", "source", "track", "meta", "link");

    private enum Kind { PLAIN, SKIP, FOOTNOTE, EDITORIAL }

    /**
     * How a format writes notes: the footnotes by their references' anchors, what opens and closes an inline
     * editor's note, and what a footnote reference becomes.
     */
    record Notes(Map<String, Footnote> byReference, String editorialOpen, String editorialClose,
                 java.util.function.Function<Footnote, String> footnote) {
        /** Every reference anchor of {@code footnotes}, each to its note. */
        static Map<String, Footnote> byReference(java.util.List<Footnote> footnotes) {
            Map<String, Footnote> notes = new java.util.HashMap<>();
            footnotes.forEach(note -> note.referenceIds().forEach(id -> notes.put(id, note)));
            return notes;
        }
    }

    /** The XML text of {@code html}. */
    static String xml(String html, Notes notes) {
        StringBuilder out = new StringBuilder();
        Deque<Kind> open = new ArrayDeque<>();
        Matcher token = TOKEN.matcher(html);
        while (token.find()) {
            if (token.group(4) != null) {
                Kind inside = open.isEmpty() ? Kind.PLAIN : open.peek();
                if (inside == Kind.PLAIN || inside == Kind.EDITORIAL) {
                    String text = token.group(4);
                    out.append(XmlText.escape(text.indexOf('&') < 0 ? text : HtmlEscape.unescapeHtml(text)));
                }
                continue;
            }
            if (token.group(2) == null) {
                continue;  // a comment
            }
            String name = token.group(2).toLowerCase(java.util.Locale.ROOT);
            String attributes = token.group(3);
            if (token.group(1).isEmpty()) {
                if (VOID.contains(name) || attributes.endsWith("/")) {
                    continue;
                }
                Kind parent = open.isEmpty() ? Kind.PLAIN : open.peek();
                Kind kind = parent;
                Matcher id = ID.matcher(attributes);
                if (parent == Kind.SKIP || parent == Kind.FOOTNOTE) {
                    kind = parent;
                } else if (id.find() && notes.byReference().containsKey(id.group(1))) {
                    Footnote note = notes.byReference().get(id.group(1));
                    out.append(notes.footnote().apply(note));
                    kind = Kind.FOOTNOTE;
                } else if (attributes.contains("aria-hidden=\"true\"") || attributes.contains("ed-label")
                        || attributes.contains("segment-time")) {
                    kind = Kind.SKIP;
                } else if (parent == Kind.PLAIN && attributes.contains("role=\"note\"")) {
                    out.append(notes.editorialOpen());
                    kind = Kind.EDITORIAL;
                }
                open.push(kind);
            } else if (!open.isEmpty()) {
                Kind closed = open.pop();
                Kind parent = open.isEmpty() ? Kind.PLAIN : open.peek();
                if (closed == Kind.EDITORIAL && parent == Kind.PLAIN) {
                    out.append(notes.editorialClose());
                }
            }
        }
        return Whitespace.collapse(out.toString()).strip();
    }

    /** A note's words as XML text, its own markup dropped. */
    static String plain(String html) {
        return XmlText.escape(Whitespace.collapse(HtmlEscape.unescapeHtml(TAG.matcher(html).replaceAll(" ")))).strip();
    }
}
