package org.verbatim.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Interview;
import org.verbatim.model.Turn;

/**
 * A turn with the topics it is indexed under (alias matches and {@code {topics:}} marks, less removals), by id, and the first alias match of each topic in {@code text} (the turn's prose on one line).
 */
public record TaggedPassage(Interview interview, Turn turn, String text, List<String> topicIds,
                            Map<String, Match> firstMatches) {
    public TaggedPassage {
        topicIds = List.copyOf(topicIds);
        firstMatches = Map.copyOf(firstMatches);
    }

    public Optional<Match> matchOf(String topicId) {
        return Optional.ofNullable(firstMatches.get(topicId));
    }
}
