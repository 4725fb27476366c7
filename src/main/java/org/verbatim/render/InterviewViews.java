package org.verbatim.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Interview;
import org.verbatim.model.Person;
import org.verbatim.model.Site;
import org.verbatim.model.Topic;
import org.verbatim.model.Turn;

/** Builds {@link InterviewView}s for one site. */
final class InterviewViews {
    private final Site site;

    InterviewViews(Site site) {
        this.site = site;
    }

    InterviewView of(Interview interview, PageLinks links) {
        Locale locale = Locale.forLanguageTag(interview.language());
        List<InterviewView.IntervieweeView> interviewees = interview.interviewees().stream()
                .map(speaker -> {
                    Optional<Person> person = Optional.ofNullable(speaker.person()).map(site.people()::get);
                    return new InterviewView.IntervieweeView(speaker.name(),
                            person.map(Person::description).orElse(""));
                })
                .toList();
        List<Topic> topics = interview.topics().stream().map(id -> site.topics().find(id).orElseThrow()).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        topics.forEach(topic -> labels.put(topic.id(), topic.label()));
        for (Turn turn : interview.turns()) {
            turn.markedTopics().forEach(id -> labels.put(id, site.topics().find(id).map(Topic::label).orElse(id)));
        }
        String translatedFrom = interview.translationOf().isEmpty() ? ""
                : Locale.forLanguageTag(interview.translationOf()).getDisplayLanguage(locale);
        return new InterviewView(interview, links.interview(interview.slug()), longDate(interview, locale),
                interviewees, topics, labels, translatedFrom);
    }

    private static String longDate(Interview interview, Locale locale) {
        return interview.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
