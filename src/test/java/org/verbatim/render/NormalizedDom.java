package org.verbatim.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML as a DOM with whitespace normalised and attributes in name order, printed one element a line: two pages that differ only in how their
 * markup is laid out print the same, and a real difference shows as a readable line diff.
 */
final class NormalizedDom {
    private NormalizedDom() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        java.util.List<TextNode> blank = new java.util.ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && element.attributesSize() > 1) {
                    // Attribute order means nothing to a browser.
                    java.util.List<org.jsoup.nodes.Attribute> sorted = new java.util.ArrayList<>(element.attributes().asList());
                    sorted.sort(java.util.Comparator.comparing(org.jsoup.nodes.Attribute::getKey));
                    sorted.forEach(attribute -> element.removeAttr(attribute.getKey()));
                    sorted.forEach(attribute -> element.attr(attribute.getKey(), attribute.getValue()));
                } else if (node instanceof TextNode text) {
                    if (text.isBlank()) {
                        blank.add(text);
                    } else {
                        text.text(text.getWholeText().replaceAll("\\s+", " "));
                    }
                }
            }
        }, document);
        blank.forEach(Node::remove);
        document.outputSettings().prettyPrint(true).indentAmount(1).outline(true);
        return document.outerHtml();
    }

    /** The element's normalised markup, for comparing parts of pages. */
    static String of(Element element) {
        return of(element.outerHtml());
    }

    /** The lines around the first line where {@code expected} and {@code actual} differ, marked - and +. */
    static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, i - 3); k < i; k++) {
            out.append("  ").append(a[k]).append('\n');
        }
        for (int k = i; k < Math.min(a.length, i + 4); k++) {
            out.append("- ").append(a[k]).append('\n');
        }
        for (int k = i; k < Math.min(b.length, i + 4); k++) {
            out.append("+ ").append(b[k]).append('\n');
        }
        return out.toString();
    }
}
