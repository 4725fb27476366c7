package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.render.partials.TopicMapView;

/** The topic map's view for {@code partials/topic-map.html}: the layout's geometry with every label resolved. */
final class TopicMapViews {

    /** The theme's words the map needs, in the page's language. */
    record Labels(String map, String passage, String start, String end) {
    }

    private TopicMapViews() {
    }

    static TopicMapView of(TopicMap map, Labels labels) {
        int trackEnd = map.labelWidth() + map.trackWidth();
        List<TopicMapView.Row> rows = new ArrayList<>(map.rows().size());
        for (TopicMap.Row row : map.rows()) {
            List<TopicMapView.Mark> marks = new ArrayList<>(row.marks().size());
            for (TopicMap.Mark mark : row.marks()) {
                marks.add(new TopicMapView.Mark(mark.href(), row.label() + " — " + labels.passage() + ' '
                        + mark.number() + " (" + mark.speaker() + ")", mark.x(), row.y(), mark.width(), row.height()));
            }
            rows.add(new TopicMapView.Row(row.label(), row.shortLabel(), row.href(), row.textY(), row.textY() - 4, marks));
        }
        return new TopicMapView(labels.map(), map.width(), map.height(), "0 0 " + map.width() + ' ' + map.height(),
                map.labelWidth() - 8, map.labelWidth(), trackEnd, map.axisY() + 10, labels.start(), labels.end(), rows);
    }
}
