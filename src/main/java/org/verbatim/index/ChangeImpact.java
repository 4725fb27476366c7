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
                    people.add(PeopleIndex.idOf(speaker));
                }
            }
        }
        return new ChangeImpact(interviews, topics, people);
    }
}
