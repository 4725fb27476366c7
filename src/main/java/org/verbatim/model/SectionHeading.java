package org.verbatim.model;

import java.util.List;

/**
 * A heading that divides a long interview; listed in the table of contents. A timed heading
 * ({@code ## [00:10:00] The wind years}) opens a segment, as an oral-history index has them: {@code start} is
 * its time, {@code synopsis} the {@code > [!synopsis]} block under it (plain text, empty when none) and
 * {@code keywords} that block's {@code Keywords:} line.
 */
public record SectionHeading(String id, int level, String text, Timecode start, String synopsis, List<String> keywords)
        implements Block {
    public SectionHeading {
        keywords = List.copyOf(keywords);
    }

    public SectionHeading(String id, int level, String text) {
        this(id, level, text, null, "", List.of());
    }

    public boolean hasStart() {
        return start != null;
    }

    /** This heading with the synopsis and keywords of the block under it. */
    public SectionHeading withSynopsis(String text, List<String> words) {
        return new SectionHeading(id, level, this.text, start, text, words);
    }

    @Override
    public String kind() {
        return "heading";
    }

    @Override
    public SectionHeading withSegments(java.util.function.UnaryOperator<Segment> change) {
        return this;
    }
}
