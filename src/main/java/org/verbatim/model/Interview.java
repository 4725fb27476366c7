package org.verbatim.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One interview: its front matter and its body, parsed and rendered to prose HTML. */
public record Interview(String slug, Path source, String title, String subtitle, LocalDate date,
                        String publication, String language, String translationOf, List<String> translations,
                        String credits, String summary, String sourceUrl, List<Speaker> speakers,
                        List<String> topics, boolean draft, Map<String, Object> params,
                        List<Block> body, List<Footnote> footnotes) {
    public Interview {
        translations = List.copyOf(translations);
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
        params = Map.copyOf(params);
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
    }

    public List<Turn> turns() {
        return body.stream().filter(Turn.class::isInstance).map(Turn.class::cast).toList();
    }

    /** The headings of the body, for a table of contents; empty when the interview has none. */
    public List<SectionHeading> headings() {
        return body.stream().filter(SectionHeading.class::isInstance).map(SectionHeading.class::cast).toList();
    }

    public List<Speaker> interviewees() {
        return speakers.stream().filter(s -> s.role() == Role.INTERVIEWEE).toList();
    }
}
