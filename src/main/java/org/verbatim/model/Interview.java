package org.verbatim.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One interview: its front matter and its body, parsed and rendered to prose HTML. {@code links} are the links
 * whose targets are inside the site, resolved once every interview is known.
 */
public record Interview(String slug, Path source, String title, String subtitle, LocalDate date,
                        String publication, String language, String translationOf, List<String> translations,
                        String credits, String summary, String sourceUrl, List<Speaker> speakers,
                        List<String> topics, boolean draft, Map<String, Object> params,
                        List<Block> body, List<Footnote> footnotes, List<ContentLink> links, Media media) {
    public Interview {
        translations = List.copyOf(translations);
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
        params = Map.copyOf(params);
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
        links = List.copyOf(links);
    }

    /** This interview as read from {@code file}: the same interview, found at another path. */
    public Interview withSource(Path file) {
        return new Interview(slug, file, title, subtitle, date, publication, language, translationOf, translations,
                credits, summary, sourceUrl, speakers, topics, draft, params, body, footnotes, links, media);
    }

    /** This interview with every piece of rendered HTML (blocks and notes) passed through {@code rewrite}. */
    public Interview withHtml(UnaryOperator<String> rewrite) {
        // By id, not identity: an interview read back from the build cache has equal notes, not the same objects.
        Map<String, Footnote> notes = new HashMap<>();
        for (Footnote note : footnotes) {
            notes.put(note.id(), note.withHtml(rewrite.apply(note.html())));
        }
        UnaryOperator<Segment> segment = s -> s.withHtml(rewrite.apply(s.html()),
                s.sidenotes().stream().map(note -> notes.getOrDefault(note.id(), note)).toList());
        List<Block> blocks = body.stream().map(block -> block.withSegments(segment)).toList();
        return new Interview(slug, source, title, subtitle, date, publication, language, translationOf, translations,
                credits, summary, sourceUrl, speakers, topics, draft, params, blocks,
                footnotes.stream().map(note -> notes.get(note.id())).toList(), links, media);
    }

    /** Every anchor a link may name on this interview's page: turns, headings and notes. */
    public java.util.Set<String> anchors() {
        java.util.Set<String> anchors = new java.util.LinkedHashSet<>();
        for (Block block : body) {
            if (block instanceof Turn turn) {
                anchors.add(turn.id());
            } else if (block instanceof SectionHeading heading) {
                anchors.add(heading.id());
            }
        }
        footnotes.forEach(note -> anchors.add(note.id()));
        return anchors;
    }

    public List<Turn> turns() {
        return body.stream().filter(Turn.class::isInstance).map(Turn.class::cast).toList();
    }

    /** The headings of the body, for a table of contents; empty when the interview has none. */
    public List<SectionHeading> headings() {
        return body.stream().filter(SectionHeading.class::isInstance).map(SectionHeading.class::cast).toList();
    }

    public boolean hasMedia() {
        return media != null;
    }

    /** Whether any turn or paragraph has a time: the page then shows the times and the transcript's data has them. */
    public boolean isTimed() {
        return turns().stream().anyMatch(Turn::hasStart);
    }

    public List<Speaker> interviewees() {
        return speakers.stream().filter(s -> s.role() == Role.INTERVIEWEE).toList();
    }
}
