package org.verbatim.model;

import java.util.List;

/**
 * One rendered Markdown block (paragraph, list, quote…) and the footnotes first referenced in it, which
 * the page shows beside it as sidenotes.
 */
public record Segment(String html, List<Footnote> sidenotes) {
    public Segment {
        sidenotes = List.copyOf(sidenotes);
    }
}
