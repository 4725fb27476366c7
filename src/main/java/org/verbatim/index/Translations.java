package org.verbatim.index;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.verbatim.model.Interview;

/**
 * Which interviews are versions of one another. Declaring a translation on one side is enough: each side
 * links to the other, so readers can always go back.
 */
final class Translations {
    private Translations() {
    }

    /** For each interview slug, its other-language versions by language then slug; absent slugs are ignored. */
    static Map<String, List<Interview>> of(List<Interview> interviews) {
        Map<String, Interview> bySlug = new LinkedHashMap<>();
        interviews.forEach(i -> bySlug.put(i.slug(), i));
        Map<String, TreeSet<String>> links = new TreeMap<>();
        for (Interview interview : interviews) {
            for (String other : interview.translations()) {
                if (bySlug.containsKey(other) && !other.equals(interview.slug())) {
                    links.computeIfAbsent(interview.slug(), k -> new TreeSet<>()).add(other);
                    links.computeIfAbsent(other, k -> new TreeSet<>()).add(interview.slug());
                }
            }
        }
        Map<String, List<Interview>> versions = new TreeMap<>();
        links.forEach((slug, others) -> versions.put(slug, others.stream().map(bySlug::get)
                .sorted(Comparator.comparing(Interview::language).thenComparing(Interview::slug)).toList()));
        return versions;
    }
}
