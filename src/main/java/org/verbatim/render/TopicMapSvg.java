package org.verbatim.render;

import static org.verbatim.render.HtmlText.escape;

/**
 * The topic map's SVG: a row per topic, a mark per tagged passage. Written here in one pass, like the
 * conversation, because a long interview has thousands of marks and the template engine, element by element,
 * took a tenth of a large build to draw them; the {@code <figure>} around it stays in {@code interview.html}.
 */
final class TopicMapSvg {

    /** The theme's words the map needs, in the page's language. */
    record Labels(String map, String passage, String start, String end) {
    }

    private TopicMapSvg() {
    }

    static String of(TopicMap map, Labels labels) {
        if (map.isEmpty()) {
            return "";
        }
        StringBuilder svg = new StringBuilder(1024 + map.rows().stream().mapToInt(r -> r.marks().size()).sum() * 160);
        int labelX = map.labelWidth() - 8;
        int trackEnd = map.labelWidth() + map.trackWidth();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topic-map-svg\" role=\"group\" aria-label=\"")
                .append(escape(labels.map())).append("\" viewBox=\"0 0 ").append(map.width()).append(' ')
                .append(map.height()).append("\" width=\"").append(map.width()).append("\" height=\"")
                .append(map.height()).append("\">\n");
        for (TopicMap.Row row : map.rows()) {
            String label = escape(row.label());
            svg.append("<g class=\"topic-map-row\">\n<a href=\"").append(escape(row.href())).append("\"><text x=\"")
                    .append(labelX).append("\" y=\"").append(row.textY())
                    .append("\" text-anchor=\"end\" class=\"topic-map-label\">").append(escape(row.shortLabel()))
                    .append("</text><title>").append(label).append("</title></a>\n<line x1=\"").append(map.labelWidth())
                    .append("\" x2=\"").append(trackEnd).append("\" y1=\"").append(row.textY() - 4).append("\" y2=\"")
                    .append(row.textY() - 4).append("\" class=\"topic-map-track\"/>\n");
            for (TopicMap.Mark mark : row.marks()) {
                svg.append("<a href=\"").append(escape(mark.href())).append("\" aria-label=\"").append(label)
                        .append(" — ").append(escape(labels.passage())).append(' ').append(mark.number()).append(" (")
                        .append(escape(mark.speaker())).append(")\"><rect x=\"").append(mark.x()).append("\" y=\"")
                        .append(row.y()).append("\" width=\"").append(mark.width()).append("\" height=\"")
                        .append(row.height()).append("\" class=\"topic-map-mark\"/></a>\n");
            }
            svg.append("</g>\n");
        }
        svg.append("<text x=\"").append(map.labelWidth()).append("\" y=\"").append(map.axisY() + 10)
                .append("\" class=\"topic-map-axis\">").append(escape(labels.start())).append("</text>\n<text x=\"")
                .append(trackEnd).append("\" y=\"").append(map.axisY() + 10)
                .append("\" text-anchor=\"end\" class=\"topic-map-axis\">").append(escape(labels.end()))
                .append("</text>\n</svg>");
        return svg.toString();
    }
}
