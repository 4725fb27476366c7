package org.verbatim.index;

import java.util.List;
import java.util.Map;
import org.verbatim.model.Interview;
import org.verbatim.model.Turn;

/**
 * A turn with the topics it is indexed under (alias matches and {@code {topics:}} marks, less removals), by id, and the first alias match of each topic in {@code text} (the turn's prose on one line).
 */
public record TaggedPassage(Interview interview, Turn turn, String text, List<String> topicIds,
                            Map<String, Match> firstMatches, Map<String, Excerpt> excerpts) {
    public TaggedPassage {
        topicIds = List.copyOf(topicIds);
        firstMatches = Map.copyOf(firstMatches);
        excerpts = Map.copyOf(excerpts);
    }

    /** A passage with the excerpt each of its topics shows, worked out once here rather than per index build. */
    static TaggedPassage of(Interview interview, Turn turn, String text, List<String> topicIds, Map<String, Match> matches) {
        Map<String, Excerpt> excerpts = new java.util.HashMap<>();
        topicIds.forEach(id -> excerpts.put(id, Excerpt.of(text, matches.get(id))));
        return new TaggedPassage(interview, turn, text, topicIds, matches, excerpts);
    }
}
