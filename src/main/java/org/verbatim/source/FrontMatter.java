package org.verbatim.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Media;
import org.verbatim.model.Speaker;

/**
 * The validated front matter of one interview. {@code source} is the URL of the original publication;
 * {@code translations} keep their positions so that slugs can be checked once every interview is read;
 * {@code media} is the recording, or null, and {@code mediaFile} its path in the content folder where it is a
 * file there (null otherwise), with its position, so that the file can be checked.
 */
public record FrontMatter(String slug, String title, String subtitle, LocalDate date, String publication,
                          String language, String translationOf, List<Located> translations, String credits,
                          String summary, String source, List<Speaker> speakers, List<String> topics,
                          boolean draft, Map<String, Object> params, Media media, Located mediaFile) {
    public FrontMatter {
        translations = List.copyOf(translations);
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
        params = Map.copyOf(params);
    }
}
