package org.verbatim.render;

import java.util.List;

/**
 * The geometry of an interview's topic map: one row per topic, one mark per tagged passage placed along the
 * conversation's length. Its size is fixed in width and grows only with the number of topics, so it stays
 * readable for 3 turns or 3,000.
 */
public record TopicMap(int width, int height, int labelWidth, int trackWidth, List<Row> rows) {
    /** No map: for an interview without tagged passages, or a list that does not show one. */
    static final TopicMap EMPTY = new TopicMap(0, 0, 0, 0, List.of());

    public TopicMap {
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The vertical centre of the axis line under the rows. */
    public int axisY() {
        return height - 14;
    }

    /** One topic's row: its label (full, and shortened to fit), a link to its topic page, and its marks. */
    public record Row(String label, String shortLabel, String href, int y, int height, List<Mark> marks) {
        public Row {
            marks = List.copyOf(marks);
        }

        public int textY() {
            return y + height / 2 + 4;
        }
    }

    /** One tagged passage: where it sits, where it links, its turn number and speaker. */
    public record Mark(String x, String width, String href, int number, String speaker) {
    }
}
