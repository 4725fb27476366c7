package org.verbatim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Interview;
import org.verbatim.model.Speaker;
import org.verbatim.model.Topic;

/**
 * schema.org JSON-LD for pages. schema.org has no Interview type, so an interview is a {@code NewsArticle}
 * with {@code genre} "Interview"; the topic index is a {@code DefinedTermSet}. Maps keep insertion order so
 * the output is stable.
 */
final class StructuredData {
    private static final String CONTEXT = "https://schema.org";

    private final SiteUrls urls;
    private final HtmlSafeJson json = new HtmlSafeJson();

    StructuredData(SiteUrls urls) {
        this.urls = urls;
    }

    String interview(SiteIndex index, InterviewView view) {
        Interview interview = view.interview();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", CONTEXT);
        article.put("@type", "NewsArticle");
        article.put("genre", "Interview");
        article.put("headline", interview.title());
        putIfPresent(article, "alternativeHeadline", interview.subtitle());
        putIfPresent(article, "description", interview.summary());
        article.put("datePublished", interview.date().toString());
        article.put("inLanguage", interview.language());
        putIfPresent(article, "url", urls.absolute(Routes.interviewDir(interview.slug())));
        putIfPresent(article, "mainEntityOfPage", urls.absolute(Routes.interviewDir(interview.slug())));
        String publisher = interview.publication().isEmpty() ? index.site().settings().title() : interview.publication();
        article.put("publisher", Map.of("@type", "Organization", "name", publisher));
        article.put("author", Map.of("@type", "Organization", "name", publisher));
        putIfPresent(article, "creditText", interview.credits());
        List<Object> about = new ArrayList<>();
        for (Speaker speaker : interview.interviewees()) {
            about.add(person(index, speaker));
        }
        view.topics().forEach(topic -> about.add(term(topic)));
        article.put("about", about);
        List<Object> mentions = new ArrayList<>();
        interview.speakers().stream().filter(s -> !interview.interviewees().contains(s))
                .forEach(s -> mentions.add(person(index, s)));
        view.passageTopics().values().stream().flatMap(List::stream).distinct()
                .filter(topic -> !view.topics().contains(topic))
                .sorted(java.util.Comparator.comparing(Topic::id))
                .forEach(topic -> mentions.add(term(topic)));
        if (!mentions.isEmpty()) {
            article.put("mentions", mentions);
        }
        putIfPresent(article, "isBasedOn", interview.sourceUrl());
        media(interview, article);
        translations(index, interview, article);
        return json.write(article);
    }

    /**
     * The recording as an {@code AudioObject} or {@code VideoObject}, its timed transcript ({@code transcript.vtt})
     * as its caption, as schema.org asks for machine-readable captions.
     */
    private void media(Interview interview, Map<String, Object> article) {
        org.verbatim.model.Media media = interview.media();
        if (media == null) {
            return;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", media.isVideo() ? "VideoObject" : "AudioObject");
        putIfPresent(object, "contentUrl", media.isRemote() ? media.src()
                : urls.absolute(Routes.interviewDir(interview.slug()) + UrlPaths.encode(media.fileName())));
        object.put("encodingFormat", media.type());
        if (media.duration() != null) {
            object.put("duration", media.duration().duration());
        }
        if (TranscriptVtt.applies(interview)) {
            Map<String, Object> caption = new LinkedHashMap<>();
            caption.put("@type", "MediaObject");
            putIfPresent(caption, "contentUrl", urls.absolute(Routes.transcriptVtt(interview.slug())));
            caption.put("encodingFormat", "text/vtt");
            object.put("caption", caption);
        }
        article.put(media.isVideo() ? "video" : "audio", object);
    }

    /** {@code translationOfWork} points to the original; {@code workTranslation} lists translations of this one. */
    private void translations(SiteIndex index, Interview interview, Map<String, Object> article) {
        List<Object> workTranslations = new ArrayList<>();
        Object original = null;
        for (Interview other : index.translationsOf(interview)) {
            Map<String, Object> work = work(other);
            if (!interview.translationOf().isEmpty() && other.language().equals(interview.translationOf())) {
                original = work;
            } else if (other.translationOf().equals(interview.language())) {
                workTranslations.add(work);
            }
        }
        if (original == null && !interview.translationOf().isEmpty()) {
            original = Map.of("@type", "CreativeWork", "inLanguage", interview.translationOf());
        }
        if (original != null) {
            article.put("translationOfWork", original);
        }
        if (!workTranslations.isEmpty()) {
            article.put("workTranslation", workTranslations);
        }
    }

    private Map<String, Object> work(Interview interview) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "NewsArticle");
        work.put("headline", interview.title());
        work.put("inLanguage", interview.language());
        putIfPresent(work, "url", urls.absolute(Routes.interviewDir(interview.slug())));
        return work;
    }

    String topicIndex(SiteIndex index) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("@context", CONTEXT);
        set.put("@type", "DefinedTermSet");
        set.put("name", index.site().settings().title());
        putIfPresent(set, "url", urls.absolute("topics/"));
        List<Object> terms = new ArrayList<>();
        for (TopicIndex.Entry entry : index.topics().entries()) {
            if (!entry.topic().isPointer()) {
                terms.add(term(entry.topic()));
            }
        }
        set.put("hasDefinedTerm", terms);
        return json.write(set);
    }

    private Map<String, Object> person(SiteIndex index, Speaker speaker) {
        String id = index.people().idOf(speaker);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", speaker.name());
        index.people().entry(id).map(PeopleIndex.Entry::description).filter(d -> !d.isEmpty())
                .ifPresent(d -> person.put("description", d));
        putIfPresent(person, "url", urls.absolute(Routes.personDir(id)));
        return person;
    }

    private Map<String, Object> term(Topic topic) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("@type", "DefinedTerm");
        term.put("name", topic.label());
        term.put("termCode", topic.id());
        putIfPresent(term, "description", topic.description());
        putIfPresent(term, "url", urls.absolute(Routes.topicDir(topic.id())));
        putIfPresent(term, "inDefinedTermSet", urls.absolute("topics/"));
        return term;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }
}
