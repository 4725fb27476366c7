package org.verbatim.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TaggedPassage;
import org.verbatim.model.Interview;
import org.verbatim.model.Person;
import org.verbatim.model.Speaker;
import org.verbatim.model.Topic;

/** Builds {@link InterviewView}s for one site. */
final class InterviewViews {
    private final SiteIndex index;

    InterviewViews(SiteIndex index) {
        this.index = index;
    }

    InterviewView of(Interview interview, PageLinks links) {
        Locale locale = Locale.forLanguageTag(interview.language());
        List<InterviewView.IntervieweeView> interviewees = interview.interviewees().stream()
                .map(speaker -> interviewee(speaker, links))
                .toList();
        List<Topic> topics = interview.topics().stream().map(id -> index.site().topics().find(id).orElseThrow()).toList();
        List<TaggedPassage> passages = index.passagesOf(interview);
        Map<String, List<Topic>> passageTopics = new LinkedHashMap<>();
        for (TaggedPassage passage : passages) {
            passageTopics.put(passage.turn().id(), passage.topicIds().stream()
                    .map(id -> index.site().topics().find(id).orElseThrow()).toList());
        }
        String translatedFrom = interview.translationOf().isEmpty() ? ""
                : Locale.forLanguageTag(interview.translationOf()).getDisplayLanguage(locale);
        TopicMap map = TopicMapLayout.layout(passages, index.site().topics(), links);
        return new InterviewView(interview, links.interview(interview.slug()), new Dates().of(interview),
                interviewees, topics, passageTopics, map, translatedFrom);
    }

    private InterviewView.IntervieweeView interviewee(Speaker speaker, PageLinks links) {
        Optional<Person> person = Optional.ofNullable(speaker.person()).map(index.site().people()::get);
        String id = PeopleIndex.idOf(speaker);
        return new InterviewView.IntervieweeView(speaker.name(), person.map(Person::description).orElse(""),
                links.person(id));
    }
}
