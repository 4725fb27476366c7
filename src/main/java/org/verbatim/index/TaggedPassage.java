package org.verbatim.index;

import java.util.List;
import java.util.Map;
import org.verbatim.model.Interview;
import org.verbatim.model.Turn;

/**
 * A turn with the topics it is indexed under (alias matches and {@code {topics:}} marks, less removals), by id,
 * and the excerpt each topic shows: the first alias match in the turn's prose, marked. The prose itself is not
 * kept: a 10,000-interview preview holds every passage in memory.
 */
public record TaggedPassage(Interview interview, Turn turn, List<String> topicIds, Map<String, Excerpt> excerpts) {
    public TaggedPassage {
        topicIds = List.copyOf(topicIds);
        excerpts = Map.copyOf(excerpts);
    }

    /** A passage with the excerpt each of its topics shows, worked out once here rather than per index build. */
    static TaggedPassage of(Interview interview, Turn turn, String text, List<String> topicIds, Map<String, Match> matches) {
        Map<String, Excerpt> excerpts = new java.util.HashMap<>();
        topicIds.forEach(id -> excerpts.put(id, Excerpt.of(text, matches.get(id))));
        return new TaggedPassage(interview, turn, topicIds, excerpts);
    }
}
