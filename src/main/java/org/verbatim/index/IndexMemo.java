package org.verbatim.index;

import java.text.CollationKey;
import java.text.Collator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.verbatim.model.Interview;
import org.verbatim.model.Turn;

/**
 * What indexing works out for each interview on its own (its groups of passages per topic, its turn count per
 * speaker) and the collation key of each name, kept with an index so that the next index of an edited site
 * recomputes them only for the interviews that changed: the preview re-indexes 10,000 interviews per edit.
 */
public final class IndexMemo {
    private final Map<Interview, Share> shares;
    private final Map<String, CollationKey> keys;
    private final Collator collator;

    /** One interview's part of the topic and people indexes. */
    record Share(Map<String, TopicIndex.Group> groups, Map<String, Integer> turnCounts) {
    }

    private IndexMemo(Map<Interview, Share> shares, Map<String, CollationKey> keys, Collator collator) {
        this.shares = shares;
        this.keys = keys;
        this.collator = collator;
    }

    /** A new memo; names sort by the root locale's rules, ignoring case but not accents. */
    static IndexMemo empty() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return new IndexMemo(new IdentityHashMap<>(), new ConcurrentHashMap<>(), collator);
    }

    /** A memo for the next index, keeping the name keys; shares are carried over by {@link #share}. */
    IndexMemo next() {
        return new IndexMemo(new IdentityHashMap<>(), keys, collator);
    }

    /** The interview's share, taken from {@code previous} when it was indexed there, computed otherwise. */
    Share share(Interview interview, List<TaggedPassage> passages, IndexMemo previous) {
        Share share = previous == null ? null : previous.shares.get(interview);
        if (share == null) {
            share = compute(interview, passages);
        }
        shares.put(interview, share);
        return share;
    }

    /** Orders names through collation keys computed once per name: the collator is slow to analyse a name. */
    java.util.Comparator<String> byName() {
        return java.util.Comparator.comparing(name -> keys.computeIfAbsent(name, this::collationKey));
    }

    private CollationKey collationKey(String name) {
        synchronized (collator) {
            return collator.getCollationKey(name);
        }
    }

    private static Share compute(Interview interview, List<TaggedPassage> passages) {
        Map<String, List<TopicIndex.Passage>> byTopic = new LinkedHashMap<>();
        for (TaggedPassage passage : passages) {
            for (String id : passage.topicIds()) {
                byTopic.computeIfAbsent(id, k -> new java.util.ArrayList<>())
                        .add(new TopicIndex.Passage(passage.turn(), passage.excerpts().get(id)));
            }
        }
        Map<String, TopicIndex.Group> groups = new LinkedHashMap<>();
        byTopic.forEach((id, list) -> groups.put(id, new TopicIndex.Group(interview, list)));
        Map<String, Integer> turns = new TreeMap<>();
        interview.body().forEach(block -> {
            if (block instanceof Turn turn) {
                turns.merge(turn.speaker().id(), 1, Integer::sum);
            }
        });
        return new Share(Map.copyOf(groups), Map.copyOf(turns));
    }
}
