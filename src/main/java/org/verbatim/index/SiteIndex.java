package org.verbatim.index;

import java.util.List;
import java.util.Map;
import org.verbatim.model.Interview;
import org.verbatim.model.Site;

/** Everything derived from a site for its pages: tagged passages, the topic and people indexes, translations. */
public record SiteIndex(Site site, List<Interview> newestFirst, Map<String, List<TaggedPassage>> passages,
                        TopicIndex topics, PeopleIndex people, Map<String, List<Interview>> translations,
                        IndexMemo memo) {
    public SiteIndex {
        newestFirst = List.copyOf(newestFirst);
        passages = Map.copyOf(passages);
        translations = Map.copyOf(translations);
    }

    /** The other-language versions of an interview, whichever side declared them; empty when there are none. */
    public List<Interview> translationsOf(Interview interview) {
        return translations.getOrDefault(interview.slug(), List.of());
    }

    /** The tagged turns of one interview, in reading order. */
    public List<TaggedPassage> passagesOf(Interview interview) {
        return passages.getOrDefault(interview.slug(), List.of());
    }
}
