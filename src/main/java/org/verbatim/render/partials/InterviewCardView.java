package org.verbatim.render.partials;

import java.util.List;

/**
 * An interview in a list ({@code partials/interview-card.html}): on the home page, and on a person's page, where
 * {@code appearance} says in which role and how many turns ("interviewed, 12 turns"; empty elsewhere). Strings
 * that are absent are empty; {@code date} is written out in the interview's language, {@code datetime} ISO.
 */
public record InterviewCardView(String href, String language, String title, String subtitle,
                                String intervieweeNames, String date, String datetime, String publication,
                                String summary, List<TopicLinkView> topics, String topicsLabel, String appearance) {
    public InterviewCardView {
        topics = List.copyOf(topics);
    }
}
