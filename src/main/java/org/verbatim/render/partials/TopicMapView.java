package org.verbatim.render.partials;

import java.util.List;

/**
 * An interview's topic map ({@code partials/topic-map.html}), laid out: the SVG's size, a row per topic (label,
 * shortened label, link, the track's line and text positions) with a mark per tagged passage, and the axis labels.
 * Every coordinate is computed; the template only places them.
 */
public record TopicMapView(String label, int width, int height, String viewBox, int labelX, int trackStart,
                           int trackEnd, int axisY, String startLabel, String endLabel, List<Row> rows) {
    public TopicMapView {
        rows = List.copyOf(rows);
    }

    /** One topic: text at ({@code labelX}, {@code textY}), the track at {@code trackY}. */
    public record Row(String label, String shortLabel, String href, int textY, int trackY, List<Mark> marks) {
        public Row {
            marks = List.copyOf(marks);
        }
    }

    /** One tagged passage: its rectangle, its link, and its accessible name ("AI Act — passage 3 (Marina Ferrari)"). */
    public record Mark(String href, String label, String x, int y, String width, int height) {
    }
}
