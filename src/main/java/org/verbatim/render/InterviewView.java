package org.verbatim.render;

import java.util.List;
import java.util.Map;
import org.verbatim.model.Interview;
import org.verbatim.model.Media;
import org.verbatim.model.Topic;

/**
 * What an interview page or a home-page entry shows beyond the interview itself, worked out in Java so
 * that templates only present: the formatted date, who was interviewed, the topics of the interview and of
 * each passage (by turn id), the topic map, the original language and the other language versions.
 */
public record InterviewView(Interview interview, String href, String date, List<IntervieweeView> interviewees,
                            List<Topic> topics, Map<String, List<Topic>> passageTopics, TopicMap topicMap,
                            String translatedFrom, List<TranslationLink> translations) {
    public InterviewView {
        interviewees = List.copyOf(interviewees);
        topics = List.copyOf(topics);
        passageTopics = Map.copyOf(passageTopics);
        translations = List.copyOf(translations);
    }

    /** The interviewees' names joined for display, e.g. "Marina Ferrari" or "A, B & C". */
    public String intervieweeNames() {
        List<String> names = interviewees.stream().map(IntervieweeView::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
    }

    /** A file of the interview's data, beside its page: its name, and the kind that names it in the messages. */
    public record DataFile(String name, String kind) {
    }

    /** The interview's data files, as the page lists them: JSON, the timed transcript when timed, OHMS and TEI. */
    public List<DataFile> dataFiles() {
        List<DataFile> files = new java.util.ArrayList<>();
        files.add(new DataFile("interview.json", "json"));
        if (interview.isTimed()) {
            files.add(new DataFile("transcript.vtt", "vtt"));
        }
        files.add(new DataFile("ohms.xml", "ohms"));
        files.add(new DataFile("tei.xml", "tei"));
        return files;
    }

    /**
     * The recording's address from the interview's page: its file's name (copied beside the page) or its URL;
     * empty when the interview has no recording.
     */
    public String mediaHref() {
        Media media = interview.media();
        return media == null ? "" : media.isRemote() ? media.src() : UrlPaths.encode(media.fileName());
    }

    /** The recording at {@code time} ({@code talk.mp3#t=133}); empty without a recording or a time. */
    public String momentHref(org.verbatim.model.Timecode time) {
        return time == null || mediaHref().isEmpty() ? "" : mediaHref() + "#t=" + time.decimalSeconds();
    }

    /** The topics a passage is indexed under; empty when it has none. */
    public List<Topic> topicsOf(String turnId) {
        return passageTopics.getOrDefault(turnId, List.of());
    }

    /** Another language version: its language tag, the language's name in that language, title and link. */
    public record TranslationLink(String language, String languageName, String title, String href) {
    }

    /** A person being interviewed, with the description from {@code people.yaml} when there is one. */
    public record IntervieweeView(String name, String description, String href) {
    }
}
