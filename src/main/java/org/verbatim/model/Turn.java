package org.verbatim.model;

import java.util.List;

/**
 * What one speaker says until the next speaker, heading or break. {@code id} is the stable anchor
 * ({@code t1}, {@code t2}, …); {@code continued} marks a turn that resumes after an inset.
 */
public record Turn(String id, int number, Speaker speaker, List<Segment> segments, String text,
                   List<TopicMark> topicMarks, boolean continued) implements Block {
    public Turn {
        segments = List.copyOf(segments);
        topicMarks = List.copyOf(topicMarks);
    }

    @Override
    public String kind() {
        return "turn";
    }

    /** Topic ids this passage was explicitly marked with (not the removals). */
    public List<String> markedTopics() {
        return topicMarks.stream().filter(mark -> !mark.removes()).map(TopicMark::topicId).toList();
    }
}
