package org.verbatim.model;

import java.util.List;

/**
 * One rendered Markdown block (paragraph, list, quote…) and the footnotes first referenced in it, which
 * the page shows beside it as sidenotes; {@code start} is the time a paragraph of a long turn opens with
 * ({@code [00:04:40] And then…}), or null.
 */
public record Segment(String html, List<Footnote> sidenotes, Timecode start) {
    public Segment {
        sidenotes = List.copyOf(sidenotes);
    }

    /** This segment with other HTML, the same notes and time. */
    public Segment withHtml(String other, List<Footnote> notes) {
        return new Segment(other, notes, start);
    }
}
