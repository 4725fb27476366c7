package org.verbatim.model;

import java.util.List;

/**
 * A note numbered by first reference. {@code id} is namespaced by the interview and the author's label;
 * {@code referenceIds} are the anchors of every place that cites it, in reading order.
 */
public record Footnote(String label, int number, String id, String html, List<String> referenceIds) {
    public Footnote {
        referenceIds = List.copyOf(referenceIds);
    }

    public Footnote withHtml(String newHtml) {
        return new Footnote(label, number, id, newHtml, referenceIds);
    }
}
