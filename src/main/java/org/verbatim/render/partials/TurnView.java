package org.verbatim.render.partials;

import java.util.List;

/**
 * One speaker turn ({@code partials/turn.html}). {@code utterance} is HTML: the turn's paragraphs with their
 * sidenotes already rendered; {@code time} (as shown), {@code timeDatetime} (an ISO duration) and {@code start}
 * (seconds, for {@code data-start}) are empty when the transcript has no time for the turn, and {@code timeHref}
 * (the recording at that moment, {@code …mp3#t=133}) and {@code timeTitle} when it has no recording either;
 * {@code permalinkLabel} is the permalink's accessible name with the turn's number.
 */
public record TurnView(String id, int number, String role, boolean continued, String speakerId, String speakerName,
                       String time, String timeDatetime, String start, String timeHref, String timeTitle,
                       String permalinkHref, String permalinkSign,
                       String permalinkLabel, String utterance, List<TopicLinkView> topics, String topicsLabel) {
    public TurnView {
        topics = List.copyOf(topics);
    }

    public boolean hasTime() {
        return !time.isEmpty();
    }

    /** Whether the time is a link to the recording at that moment. */
    public boolean hasTimeLink() {
        return !timeHref.isEmpty();
    }

    public boolean hasTopics() {
        return !topics.isEmpty();
    }
}
