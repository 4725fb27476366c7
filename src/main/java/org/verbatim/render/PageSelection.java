package org.verbatim.render;

import java.util.Set;

/**
 * Which per-item pages to render: all of them for a build, or, after an edit in the preview, only the
 * interviews, topics and people the edit can have changed.
 */
public record PageSelection(boolean isAll, Set<String> interviews, Set<String> topics, Set<String> people) {
    public PageSelection {
        interviews = Set.copyOf(interviews);
        topics = Set.copyOf(topics);
        people = Set.copyOf(people);
    }

    public static PageSelection all() {
        return new PageSelection(true, Set.of(), Set.of(), Set.of());
    }

    public boolean includesInterview(String slug) {
        return isAll || interviews.contains(slug);
    }

    public boolean includesTopic(String id) {
        return isAll || topics.contains(id);
    }

    public boolean includesPerson(String id) {
        return isAll || people.contains(id);
    }
}
