package org.verbatim.index;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.model.Interview;
import org.verbatim.model.Speaker;

/**
 * The pages an edit can change: the edited interviews and their translations, the topics they had or now have
 * passages on (or are about), and the people who speak in them — before and after the edit.
 */
public record ChangeImpact(Set<String> interviews, Set<String> topics, Set<String> people) {
    public ChangeImpact {
        interviews = Set.copyOf(interviews);
        topics = Set.copyOf(topics);
        people = Set.copyOf(people);
    }

    /** What changing the interviews with these slugs affects, given the indexes before and after. */
    public static ChangeImpact of(SiteIndex before, SiteIndex after, Set<String> changedSlugs) {
        Set<String> interviews = new HashSet<>(changedSlugs);
        Set<String> topics = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (SiteIndex index : List.of(before, after)) {
            for (Interview interview : index.newestFirst()) {
                if (!changedSlugs.contains(interview.slug())) {
                    continue;
                }
                index.translationsOf(interview).forEach(other -> interviews.add(other.slug()));
                topics.addAll(interview.topics());
                index.passagesOf(interview).forEach(passage -> topics.addAll(passage.topicIds()));
                for (Speaker speaker : interview.speakers()) {
                    people.add(index.people().idOf(speaker));
                }
            }
        }
        // A name that appears or goes can move another name's page id ("张伟" from zhang-wei to zhang-wei-2):
        // those pages, and the interviews that link to them, change too.
        Set<String> moved = new HashSet<>(before.people().idsByName().keySet());
        moved.addAll(after.people().idsByName().keySet());
        moved.removeIf(key -> java.util.Objects.equals(before.people().idsByName().get(key),
                after.people().idsByName().get(key)));
        if (!moved.isEmpty()) {
            for (SiteIndex index : List.of(before, after)) {
                for (Interview interview : index.newestFirst()) {
                    for (Speaker speaker : interview.speakers()) {
                        if (speaker.person() == null && moved.contains(PersonIds.nameKey(speaker.name()))) {
                            people.add(index.people().idOf(speaker));
                            interviews.add(interview.slug());
                        }
                    }
                }
            }
        }
        return new ChangeImpact(interviews, topics, people);
    }
}
