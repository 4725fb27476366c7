package org.verbatim.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Interview;
import org.verbatim.model.Speaker;

/** Everyone who speaks in the archive, A–Z, with the interviews they speak in. */
public record PeopleIndex(List<Entry> entries, Map<String, Entry> byId) {
    public PeopleIndex {
        entries = List.copyOf(entries);
        byId = Map.copyOf(byId);
    }

    public PeopleIndex(List<Entry> entries) {
        this(entries, entries.stream().collect(java.util.stream.Collectors.toMap(Entry::id, e -> e)));
    }

    /** The id of a speaker's person page: the people.yaml id when given, otherwise a slug of the name. */
    public static String idOf(Speaker speaker) {
        if (speaker.person() != null) {
            return speaker.person();
        }
        String slug = org.verbatim.model.Slugs.of(speaker.name());
        return slug.isEmpty() ? "speaker-" + Integer.toHexString(speaker.name().hashCode()) : slug;
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * A person: from {@code people.yaml} when speakers name them with {@code person:}, otherwise made from a
     * speaker's name. {@code appearances} are newest first.
     */
    public record Entry(String id, String name, String description, List<Appearance> appearances) {
        public Entry {
            appearances = List.copyOf(appearances);
        }

        public int turnCount() {
            return appearances.stream().mapToInt(Appearance::turnCount).sum();
        }
    }

    /** One interview a person speaks in, in which role, and how many turns they have. */
    public record Appearance(Interview interview, Speaker speaker, int turnCount) {
    }
}
