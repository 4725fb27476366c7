package org.verbatim.render.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Schema of {@code interviews/<slug>/interview.json}, version {@value Schema#VERSION}. */
public record InterviewDocument(int schemaVersion, String slug, String url, String title, String subtitle,
                                String date, String publication, String language, String translationOf,
                                List<String> translations, String credits, String summary, String source,
                                boolean draft, List<String> topics, Map<String, Object> params,
                                List<SpeakerData> speakers, List<TurnData> turns, List<InsetData> insets,
                                List<FootnoteData> footnotes, List<HeadingData> headings,
                                @JsonInclude(JsonInclude.Include.NON_NULL) MediaData media) {

    /**
     * The recording: its address from the interview's folder (a file copied there, or a URL), MIME type, poster
     * image (empty when none) and duration in seconds (absent when not given).
     */
    public record MediaData(String src, String type, String poster,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double duration) {
    }

    /** A speaker: the id that labels turns, name, role and optional person id. */
    public record SpeakerData(String id, String name, String role, String person) {
    }

    /**
     * A turn: anchor id, number, speaker id, plain text (paragraphs separated by a blank line), HTML, the topics
     * it is indexed under, the topics marked and removed by hand, its inline editor's notes, and its time in the
     * recording in seconds (absent when the transcript gives none).
     */
    public record TurnData(String id, int number, String speaker, boolean continued, String text, String html,
                           List<String> topics, List<String> markedTopics, List<String> removedTopics,
                           List<String> editorNotes, @JsonInclude(JsonInclude.Include.NON_NULL) Double start) {
    }

    /** A block editor's note ({@code editor}) or "read also" inset ({@code related}), after turn {@code afterTurn}. */
    public record InsetData(String kind, String afterTurn, String html) {
    }

    /** A footnote: the author's label, its number, its element id and the ids of every reference to it. */
    public record FootnoteData(String label, int number, String id, String html, List<String> references) {
    }

    /** A section heading; a timed one (a segment) with its start in seconds, synopsis and keywords. */
    public record HeadingData(String id, int level, String text,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Double start,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) String synopsis,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> keywords) {
    }
}
