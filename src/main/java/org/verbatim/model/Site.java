package org.verbatim.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything a build knows once content is loaded and parsed. */
public record Site(SiteSettings settings, TopicVocabulary topics, Map<String, Person> people,
                   List<Interview> interviews) {
    public Site {
        people = java.util.Collections.unmodifiableMap(new TreeMap<>(people));
        interviews = List.copyOf(interviews);
    }
}
