package org.verbatim.render;

import java.util.List;
import java.util.Locale;
import org.verbatim.model.Block;
import org.verbatim.model.Interview;
import org.verbatim.model.Role;
import org.verbatim.model.SectionHeading;
import org.verbatim.model.Segment;
import org.verbatim.model.Speaker;
import org.verbatim.model.Turn;

/**
 * {@code ohms.xml}: the interview as OHMS XML 6.0, which the OHMS viewer, Aviary and Omeka import. A timed
 * interview's transcript is its {@code transcript.vtt} in {@code <vtt_transcript>}; an untimed one is the plain
 * {@code <transcript>} of older OHMS versions ({@code NAME:} labels, blank lines between paragraphs, editor's
 * notes in square brackets, footnotes as {@code [[footnote]]} references and a {@code [[footnotes]]} block).
 * Timed headings are the index points, with their synopsis, keywords and the first words after them; the
 * speakers are its interviewers and interviewees.
 */
final class OhmsExport {
    static final String NAMESPACE = "https://www.weareavp.com/nunncenter/ohms";
    private static final int PARTIAL_TRANSCRIPT_WORDS = 16;

    private OhmsExport() {
    }

    /** The OHMS document of {@code interview}; the collection is {@code siteTitle}, the recording at {@code mediaUrl}. */
    static String of(Interview interview, String siteTitle, String mediaUrl) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<ROOT xmlns=\"").append(NAMESPACE).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(NAMESPACE).append(' ').append(NAMESPACE).append("/ohms.xsd\">\n");
        xml.append("  <record id=\"").append(recordId(interview)).append("\" dt=\"").append(interview.date())
                .append("\">\n");
        // In the order OHMS's schema (ohms.xsd) gives its elements, which is a sequence.
        field(xml, "version", "6.0");
        xml.append("    <date value=\"").append(interview.date()).append("\" format=\"yyyy-mm-dd\"/>\n");
        field(xml, "title", interview.title());
        field(xml, "accession", param(interview, "accession", interview.slug()));
        field(xml, "duration", interview.media() == null || interview.media().duration() == null ? ""
                : interview.media().duration().written());
        field(xml, "collection_name", siteTitle);
        field(xml, "repository", param(interview, "repository", siteTitle));
        for (Role role : List.of(Role.INTERVIEWEE, Role.INTERVIEWER)) {
            for (Speaker speaker : interview.speakers()) {
                if (speaker.role() == role) {
                    field(xml, role.key(), speaker.name());
                }
            }
        }
        if (interview.media() != null) {
            field(xml, "media_url", mediaUrl);
            xml.append("    <mediafile>\n      <host>Other</host>\n      <clip_format>").append(format(interview))
                    .append("</clip_format>\n    </mediafile>\n");
        }
        field(xml, "language", Locale.forLanguageTag(interview.language()).getDisplayLanguage(Locale.ENGLISH));
        index(xml, interview);
        field(xml, "type", "Interview");
        field(xml, "description", interview.summary());
        if (TranscriptVtt.applies(interview)) {
            field(xml, "vtt_transcript", TranscriptVtt.of(interview));
        } else {
            field(xml, "transcript", plainTranscript(interview));
        }
        if (interview.media() != null) {
            field(xml, "fmt", format(interview));
        }
        return xml.append("  </record>\n</ROOT>\n").toString();
    }

    private static String format(Interview interview) {
        return interview.media().isVideo() ? "video" : "audio";
    }

    /**
     * The record's id, which OHMS's schema wants as a whole number: from the slug, so that the same interview
     * keeps its id from build to build; {@code params.ohmsId} gives it when an archive has its own.
     */
    static String recordId(Interview interview) {
        Object given = interview.params().get("ohmsId");
        if (given != null && given.toString().strip().matches("\\d{1,9}")) {
            return given.toString().strip();
        }
        return Integer.toString(interview.slug().hashCode() & 0x7fffffff);
    }

    private static void index(StringBuilder xml, Interview interview) {
        List<Block> body = interview.body();
        StringBuilder points = new StringBuilder();
        for (int b = 0; b < body.size(); b++) {
            if (body.get(b) instanceof SectionHeading heading && heading.hasStart()) {
                points.append("      <point>\n");
                // whole seconds: the schema's type for a point's time is an integer
                points.append("        <time>").append(heading.start().millis() / 1000).append("</time>\n");
                points.append("        <title>").append(XmlText.escape(heading.text())).append("</title>\n");
                points.append("        <partial_transcript>").append(XmlText.escape(firstWords(body, b)))
                        .append("</partial_transcript>\n");
                points.append("        <synopsis>").append(XmlText.escape(heading.synopsis())).append("</synopsis>\n");
                points.append("        <keywords>").append(XmlText.escape(String.join(";", heading.keywords())))
                        .append("</keywords>\n");
                points.append("      </point>\n");
            }
        }
        if (!points.isEmpty()) {
            xml.append("    <index>\n").append(points).append("    </index>\n");
        }
    }

    /** The first words spoken after block {@code at}, as OHMS shows them under an index point. */
    private static String firstWords(List<Block> body, int at) {
        for (int b = at + 1; b < body.size(); b++) {
            if (body.get(b) instanceof Turn turn) {
                String[] words = turn.text().strip().split("\\s+");
                return String.join(" ", List.of(words).subList(0, Math.min(words.length, PARTIAL_TRANSCRIPT_WORDS)));
            }
            if (body.get(b) instanceof SectionHeading) {
                return "";
            }
        }
        return "";
    }

    /** The transcript as OHMS before 6.0 wrote it, in plain text (escaped for XML by {@link MarkupWalker}). */
    private static String plainTranscript(Interview interview) {
        MarkupWalker.Notes notes = new MarkupWalker.Notes(MarkupWalker.Notes.byReference(interview.footnotes()),
                "[", "]", note -> "[[footnote]]" + note.number() + "[[/footnote]]");
        StringBuilder text = new StringBuilder();
        for (Turn turn : interview.turns()) {
            String label = turn.speaker().name().toUpperCase(Locale.ROOT) + ": ";
            for (Segment segment : turn.segments()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(label).append(MarkupWalker.xml(segment.html(), notes));
                label = "";
            }
        }
        if (!interview.footnotes().isEmpty()) {
            text.append("\n\n[[footnotes]]\n");
            interview.footnotes().forEach(note -> text.append("[[note]]").append(MarkupWalker.plain(note.html()))
                    .append("[[/note]]\n"));
            text.append("[[/footnotes]]");
        }
        return text.toString();
    }

    /** An element of the record; {@code value} is text, escaped here, except for the plain transcript. */
    private static void field(StringBuilder xml, String name, String value) {
        String text = name.equals("transcript") ? value : XmlText.escape(value == null ? "" : value);
        if (text.isEmpty()) {
            xml.append("    <").append(name).append("/>\n");
        } else {
            xml.append("    <").append(name).append('>').append(text).append("</").append(name).append(">\n");
        }
    }

    private static String param(Interview interview, String name, String fallback) {
        Object value = interview.params().get(name);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
