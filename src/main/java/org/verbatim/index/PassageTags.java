package org.verbatim.index;

import java.util.List;
import java.util.Map;

/**
 * What tagging found in one turn, without the turn itself: the topics it is indexed under and the excerpt each
 * shows. An interview's list of them, one per turn in order, is what the build cache keeps, since tagging depends
 * only on the interview and the vocabulary.
 */
public record PassageTags(List<String> topicIds, Map<String, Excerpt> excerpts) {
    public PassageTags {
        topicIds = List.copyOf(topicIds);
        excerpts = Map.copyOf(excerpts);
    }
}
