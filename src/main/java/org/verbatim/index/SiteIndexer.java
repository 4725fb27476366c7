package org.verbatim.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.model.Interview;
import org.verbatim.model.Person;
import org.verbatim.model.Site;
import org.verbatim.model.Speaker;
import org.verbatim.model.Topic;

/** Builds the {@link SiteIndex} of a site: one pass over every passage, no quadratic steps. */
public final class SiteIndexer {
    /** Newest first; the slug breaks ties so the order never depends on file-system order. */
    public static final Comparator<Interview> NEWEST_FIRST = Comparator.comparing(Interview::date).reversed()
            .thenComparing(Interview::slug);

    private SiteIndexer() {
    }

    public static SiteIndex index(Site site) {
        return index(site, null);
    }

    /**
     * The index of {@code site}, re-using the tagged passages of {@code previous} for every interview that is
     * the very same object as before (the preview re-reads only edited files) under the same vocabulary.
     */
    public static SiteIndex index(Site site, SiteIndex previous) {
        return index(site, previous, interview -> null);
    }

    /** What tagging found before in an interview, under the site's vocabulary; null when unknown. */
    @FunctionalInterface
    public interface KnownTags {
        List<PassageTags> of(Interview interview);
    }

    /**
     * The index of {@code site} as {@link #index(Site, SiteIndex)} makes it, taking each interview's passages from
     * {@code known} when it has them (the build cache keeps what tagging found) rather than tagging it again.
     */
    public static SiteIndex index(Site site, SiteIndex previous, KnownTags known) {
        PassageTagger tagger = new PassageTagger(site.topics());
        boolean sameVocabulary = previous != null && previous.site().topics() == site.topics();
        Map<String, Interview> before = new java.util.HashMap<>();
        if (sameVocabulary) {
            previous.newestFirst().forEach(interview -> before.put(interview.slug(), interview));
        }
        List<Interview> newestFirst = site.interviews().stream().sorted(NEWEST_FIRST).toList();
        Map<String, List<TaggedPassage>> passages = new LinkedHashMap<>();
        newestFirst.parallelStream()
                .map(interview -> before.get(interview.slug()) == interview
                        ? previous.passagesOf(interview) : passages(interview, tagger, known))
                .toList()
                .forEach(tagged -> {
                    if (!tagged.isEmpty()) {
                        passages.put(tagged.get(0).interview().slug(), tagged);
                    }
                });
        IndexMemo earlier = sameVocabulary ? previous.memo() : null;
        IndexMemo memo = earlier != null ? earlier.next() : IndexMemo.empty();
        Map<Interview, IndexMemo.Share> shares = new java.util.IdentityHashMap<>();
        for (Interview interview : newestFirst) {
            shares.put(interview, memo.share(interview, passages.getOrDefault(interview.slug(), List.of()), earlier));
        }
        return new SiteIndex(site, newestFirst, passages, topics(site, newestFirst, shares, memo),
                people(site, newestFirst, shares, memo), Translations.of(newestFirst), memo);
    }

    private static List<TaggedPassage> passages(Interview interview, PassageTagger tagger, KnownTags known) {
        List<PassageTags> tags = known.of(interview);
        List<TaggedPassage> passages = tags == null ? null : PassageTagger.passages(interview, tags);
        return passages != null ? passages : tagger.tag(interview);
    }

    private static TopicIndex topics(Site site, List<Interview> newestFirst, Map<Interview, IndexMemo.Share> shares,
                                     IndexMemo memo) {
        Map<String, List<TopicIndex.Group>> byTopic = new java.util.HashMap<>();
        Map<String, List<Interview>> wholeByTopic = new java.util.HashMap<>();
        for (Interview interview : newestFirst) {
            shares.get(interview).groups().forEach((id, group) ->
                    byTopic.computeIfAbsent(id, k -> new ArrayList<>()).add(group));
            for (String id : new java.util.LinkedHashSet<>(interview.topics())) {
                wholeByTopic.computeIfAbsent(id, k -> new ArrayList<>()).add(interview);
            }
        }
        List<TopicIndex.Entry> entries = new ArrayList<>();
        for (Topic topic : site.topics().all()) {
            List<TopicIndex.Group> groups = byTopic.getOrDefault(topic.id(), List.of());
            List<Interview> whole = wholeByTopic.getOrDefault(topic.id(), List.of());
            List<Topic> seeAlso = topic.seeAlso().stream().map(id -> site.topics().find(id).orElseThrow()).toList();
            Topic see = topic.isPointer() ? site.topics().find(topic.see()).orElseThrow() : null;
            entries.add(new TopicIndex.Entry(topic, initial(topic.label()), groups, whole, seeAlso, see));
        }
        entries.sort(Comparator.comparing((TopicIndex.Entry e) -> e.topic().label(), memo.byName())
                .thenComparing(e -> e.topic().id()));
        return new TopicIndex(entries);
    }

    private static PeopleIndex people(Site site, List<Interview> newestFirst, Map<Interview, IndexMemo.Share> shares,
                                      IndexMemo memo) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Interview interview : newestFirst) {
            for (Speaker speaker : interview.speakers()) {
                if (speaker.person() == null) {
                    names.putIfAbsent(PersonIds.nameKey(speaker.name()), speaker.name());
                }
            }
        }
        Map<String, String> idsByName = PersonIds.assign(names, site.people(), site.settings().slugs());
        Map<String, List<PeopleIndex.Appearance>> appearances = new LinkedHashMap<>();
        Map<String, Speaker> firstSpeaker = new LinkedHashMap<>();
        for (Interview interview : newestFirst) {
            Map<String, Integer> turns = shares.get(interview).turnCounts();
            for (Speaker speaker : interview.speakers()) {
                String id = speaker.person() != null ? speaker.person()
                        : idsByName.get(PersonIds.nameKey(speaker.name()));
                firstSpeaker.putIfAbsent(id, speaker);
                appearances.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new PeopleIndex.Appearance(interview, speaker, turns.getOrDefault(speaker.id(), 0)));
            }
        }
        List<PeopleIndex.Entry> entries = new ArrayList<>();
        appearances.forEach((id, list) -> {
            Person person = site.people().get(id);
            Speaker speaker = firstSpeaker.get(id);
            entries.add(new PeopleIndex.Entry(id, person != null ? person.name() : speaker.name(),
                    person != null ? person.description() : "", list));
        });
        entries.sort(Comparator.comparing(PeopleIndex.Entry::name, memo.byName()).thenComparing(PeopleIndex.Entry::id));
        return new PeopleIndex(entries, idsByName);
    }

    private static String initial(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip();
        if (folded.isEmpty() || !Character.isLetter(folded.codePointAt(0))) {
            return "#";
        }
        return new String(Character.toChars(folded.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
