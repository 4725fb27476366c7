package org.verbatim.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.verbatim.model.Person;
import org.verbatim.model.Slugs;

/**
 * Page ids for the people who speak without a {@code people.yaml} entry, made from their names. The same name
 * (ignoring case, spacing and Unicode normalisation) is the same person across interviews. Names whose slugs
 * collide ("Zhang Wei" and "张伟" both give {@code zhang-wei}) get distinct ids: the first name in Java's
 * string order keeps the slug, the others take {@code -2}, {@code -3}… — the same ids whatever order files are read in.
 * A slug equal to a {@code people.yaml} id is that person's page only when the names agree.
 */
final class PersonIds {
    private PersonIds() {
    }

    /** What makes two speakers' names the same person's. */
    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The id of each name key in {@code names} (key to the name as written, first seen). */
    static Map<String, String> assign(Map<String, String> names, Map<String, Person> declared, Slugs slugs) {
        Map<String, Set<String>> keysBySlug = new TreeMap<>();
        names.forEach((key, name) -> keysBySlug.computeIfAbsent(slugs.orFallback(name, "person"),
                slug -> new TreeSet<>()).add(key));
        Set<String> taken = new HashSet<>(declared.keySet());
        taken.addAll(keysBySlug.keySet());
        Map<String, String> ids = new HashMap<>();
        keysBySlug.forEach((slug, keys) -> {
            Person person = declared.get(slug);
            String owner = person == null ? keys.iterator().next()
                    : keys.contains(nameKey(person.name())) ? nameKey(person.name()) : null;
            if (owner != null) {
                ids.put(owner, slug);
            }
            int n = 2;
            for (String key : keys) {
                if (key.equals(owner)) {
                    continue;
                }
                while (taken.contains(slug + "-" + n)) {
                    n++;
                }
                ids.put(key, slug + "-" + n);
                taken.add(slug + "-" + n);
            }
        });
        return ids;
    }
}
