package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.model.Interview;
import org.verbatim.model.Topic;
import org.verbatim.render.partials.InterviewCardView;
import org.verbatim.render.partials.Partial;
import org.verbatim.render.partials.Partials;
import org.verbatim.render.partials.TopicLinkView;

/** The entries of a list of interviews (home page, person pages), each through the theme's {@code interview-card}. */
final class InterviewCards {
    private final Partials partials;
    private final Locale locale;
    private final String topicsLabel;
    private final StringBuilder html = new StringBuilder(4096);

    /** Cards for a page in {@code language}, whose list of topics is named {@code topicsLabel}. */
    InterviewCards(Partials partials, String language, String topicsLabel) {
        this.partials = partials;
        this.locale = Locale.forLanguageTag(language);
        this.topicsLabel = topicsLabel;
    }

    /** Adds {@code entry}'s card; {@code appearance} says in which role a person speaks there, or is empty. */
    InterviewCards add(InterviewView entry, PageLinks links, String appearance) {
        Interview interview = entry.interview();
        List<TopicLinkView> topics = new ArrayList<>(entry.topics().size());
        for (Topic topic : entry.topics()) {
            topics.add(new TopicLinkView(topic.label(), links.topic(topic.id())));
        }
        partials.write(Partial.INTERVIEW_CARD, new InterviewCardView(entry.href(), interview.language(),
                interview.title(), interview.subtitle(), entry.intervieweeNames(), entry.date(),
                interview.date().toString(), interview.publication(), interview.summary(), topics, topicsLabel,
                appearance), locale, html);
        return this;
    }

    String html() {
        return html.toString();
    }
}
