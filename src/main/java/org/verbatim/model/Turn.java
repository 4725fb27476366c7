package org.verbatim.model;

import java.util.List;

/**
 * What one speaker says until the next speaker, heading or break. {@code id} is the stable anchor
 * ({@code t1}, {@code t2}, …); {@code text} is everything readable, paragraphs apart; {@code prose} is the
 * part topic aliases may match (no code, no bare URLs); {@code editorNotes} are the inline notes' texts;
 * {@code continued} marks a turn that resumes after an inset; {@code start} is its time in the recording, written
 * after the speaker's label ({@code IC [00:02:13]: …}), or null.
 */
public record Turn(String id, int number, Speaker speaker, List<Segment> segments, String text, String prose,
                   List<String> editorNotes, List<TopicMark> topicMarks, boolean continued, Timecode start)
        implements Block {
    public Turn {
        prose = prose.equals(text) ? text : prose;  // usually the same words: keep one copy in memory
        segments = List.copyOf(segments);
        editorNotes = List.copyOf(editorNotes);
        topicMarks = List.copyOf(topicMarks);
    }

    public boolean hasStart() {
        return start != null;
    }

    /** Topic ids this passage was explicitly un-tagged from with {@code -id}. */
    public List<String> removedTopics() {
        return topicMarks.stream().filter(TopicMark::removes).map(TopicMark::topicId).toList();
    }

    @Override
    public String kind() {
        return "turn";
    }

    /** Topic ids this passage was explicitly marked with (not the removals). */
    public List<String> markedTopics() {
        return topicMarks.stream().filter(mark -> !mark.removes()).map(TopicMark::topicId).toList();
    }

    @Override
    public Turn withSegments(java.util.function.UnaryOperator<Segment> change) {
        return new Turn(id, number, speaker, segments.stream().map(change).toList(), text, prose, editorNotes, topicMarks,
                continued, start);
    }
}
