package org.verbatim.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Interview;
import org.verbatim.model.Slugs;
import org.verbatim.model.Speaker;

/**
 * Everyone who speaks in the archive, A–Z, with the interviews they speak in. {@code idsByName} gives the page id
 * of each speaker who has no {@code person:} entry, by {@link PersonIds#nameKey name key}.
 */
public record PeopleIndex(List<Entry> entries, Map<String, Entry> byId, Map<String, String> idsByName) {
    public PeopleIndex {
        entries = List.copyOf(entries);
        byId = Map.copyOf(byId);
        idsByName = Map.copyOf(idsByName);
    }

    public PeopleIndex(List<Entry> entries, Map<String, String> idsByName) {
        this(entries, entries.stream().collect(java.util.stream.Collectors.toMap(Entry::id, e -> e)), idsByName);
    }

    /**
     * The id of a speaker's person page: the people.yaml id when given, otherwise the one this index gave the
     * speaker's name (a slug of it, made distinct from every other name's).
     */
    public String idOf(Speaker speaker) {
        if (speaker.person() != null) {
            return speaker.person();
        }
        String id = idsByName.get(PersonIds.nameKey(speaker.name()));
        // A speaker this index never saw (a draft left out of the build) still gets a well-formed id.
        return id != null ? id : Slugs.ascii().orFallback(speaker.name(), "person");
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
