package org.verbatim.model;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The site's topics, by id, in id order. */
public record TopicVocabulary(Map<String, Topic> byId) {
    public TopicVocabulary {
        byId = java.util.Collections.unmodifiableMap(new TreeMap<>(byId));
    }

    public static TopicVocabulary empty() {
        return new TopicVocabulary(Map.of());
    }

    public Optional<Topic> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<Topic> all() {
        return byId.values();
    }
}
