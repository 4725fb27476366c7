package org.verbatim.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TaggedPassage;
import org.verbatim.model.Interview;
import org.verbatim.model.Person;
import org.verbatim.model.Speaker;
import org.verbatim.model.Topic;

/** Builds {@link InterviewView}s for one site. */
final class InterviewViews {
    private final SiteIndex index;
    private final Dates dates;

    InterviewViews(SiteIndex index, Dates dates) {
        this.index = index;
        this.dates = dates;
    }

    /** A home-page entry: what a list shows, without the per-passage topics and topic map of a full page. */
    InterviewView entry(Interview interview, PageLinks links) {
        List<Topic> topics = interview.topics().stream().map(id -> index.site().topics().find(id).orElseThrow()).toList();
        List<InterviewView.IntervieweeView> interviewees = interview.interviewees().stream()
                .map(speaker -> interviewee(speaker, links)).toList();
        return new InterviewView(interview, links.interview(interview.slug()), dates.of(interview), interviewees,
                topics, Map.of(), TopicMap.EMPTY, "", List.of());
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
        List<InterviewView.TranslationLink> translations = index.translationsOf(interview).stream()
                .map(other -> {
                    Locale language = Locale.forLanguageTag(other.language());
                    String name = language.getDisplayLanguage(language);
                    return new InterviewView.TranslationLink(other.language(),
                            name.isEmpty() ? other.language() : name.substring(0, 1).toUpperCase(language) + name.substring(1),
                            other.title(), links.interview(other.slug()));
                })
                .toList();
        return new InterviewView(interview, links.interview(interview.slug()), dates.of(interview),
                interviewees, topics, passageTopics, map, translatedFrom, translations);
    }

    private InterviewView.IntervieweeView interviewee(Speaker speaker, PageLinks links) {
        Optional<Person> person = Optional.ofNullable(speaker.person()).map(index.site().people()::get);
        String id = index.people().idOf(speaker);
        return new InterviewView.IntervieweeView(speaker.name(), person.map(Person::description).orElse(""),
                links.person(id));
    }
}
