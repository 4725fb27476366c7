package org.verbatim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.index.TaggedPassage;
import org.verbatim.model.Topic;
import org.verbatim.model.TopicVocabulary;

/** Lays out the topic map of one interview from its tagged passages. */
final class TopicMapLayout {
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 170;
    static final int ROW_HEIGHT = 18;
    private static final int MAX_LABEL = 24;

    private TopicMapLayout() {
    }

    static TopicMap layout(List<TaggedPassage> passages, TopicVocabulary vocabulary, PageLinks links) {
        int track = WIDTH - LABEL_WIDTH - 10;
        int total = Math.max(1, passages.size());
        double step = (double) track / total;
        double markWidth = Math.max(2.0, Math.min(12.0, step - 1));
        Map<String, List<TopicMap.Mark>> marksByTopic = new LinkedHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            TaggedPassage passage = passages.get(i);
            double x = LABEL_WIDTH + i * step + Math.max(0, (step - markWidth) / 2);
            for (String id : passage.topicIds()) {
                marksByTopic.computeIfAbsent(id, k -> new ArrayList<>()).add(new TopicMap.Mark(number(x),
                        number(markWidth), "#" + passage.turn().id(), passage.turn().number(),
                        passage.turn().speaker().name()));
            }
        }
        List<TopicMap.Row> rows = new ArrayList<>();
        int y = 4;
        for (Map.Entry<String, List<TopicMap.Mark>> entry : marksByTopic.entrySet()) {
            String label = vocabulary.find(entry.getKey()).map(Topic::label).orElse(entry.getKey());
            rows.add(new TopicMap.Row(label, shorten(label), links.topic(entry.getKey()), y, ROW_HEIGHT - 4,
                    entry.getValue()));
            y += ROW_HEIGHT;
        }
        return new TopicMap(WIDTH, y + 22, LABEL_WIDTH, track, rows);
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    /** SVG coordinates with at most two decimals, formatted the same on every machine. */
    static String number(double value) {
        long hundredths = Math.round(value * 100);
        long whole = hundredths / 100;
        int fraction = (int) Math.abs(hundredths % 100);
        if (fraction == 0) {
            return Long.toString(whole);
        }
        return whole + (fraction % 10 == 0 ? "." + fraction / 10 : fraction < 10 ? ".0" + fraction : "." + fraction);
    }
}
