package org.verbatim.render.partials;

import java.util.List;

/**
 * One speaker turn ({@code partials/turn.html}). {@code utterance} is HTML: the turn's paragraphs with their
 * sidenotes already rendered; {@code time} and {@code timeDatetime} are empty when the transcript has no
 * timecode for the turn; {@code permalinkLabel} is the permalink's accessible name with the turn's number.
 */
public record TurnView(String id, int number, String role, boolean continued, String speakerId, String speakerName,
                       String time, String timeDatetime, String permalinkHref, String permalinkSign,
                       String permalinkLabel, String utterance, List<TopicLinkView> topics, String topicsLabel) {
    public TurnView {
        topics = List.copyOf(topics);
    }

    public boolean hasTime() {
        return !time.isEmpty();
    }

    public boolean hasTopics() {
        return !topics.isEmpty();
    }
}
