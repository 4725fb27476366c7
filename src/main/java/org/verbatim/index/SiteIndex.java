package org.verbatim.index;

import java.util.List;
import java.util.Map;
import org.verbatim.model.Interview;
import org.verbatim.model.Site;

/** Everything derived from a site for its pages: tagged passages per interview, the topic and people indexes. */
public record SiteIndex(Site site, List<Interview> newestFirst, Map<String, List<TaggedPassage>> passages,
                        TopicIndex topics, PeopleIndex people) {
    public SiteIndex {
        newestFirst = List.copyOf(newestFirst);
        passages = Map.copyOf(passages);
    }

    /** The tagged turns of one interview, in reading order. */
    public List<TaggedPassage> passagesOf(Interview interview) {
        return passages.getOrDefault(interview.slug(), List.of());
    }
}
