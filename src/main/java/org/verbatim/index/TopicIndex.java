package org.verbatim.index;

import java.util.List;
import org.verbatim.model.Interview;
import org.verbatim.model.Topic;
import org.verbatim.model.Turn;

/** The back-of-the-book index: every topic A–Z with the passages and interviews it points to. */
public record TopicIndex(List<Entry> entries) {
    public TopicIndex {
        entries = List.copyOf(entries);
    }

    /** The entries grouped under their initial letter, in order. */
    public List<Letter> letters() {
        java.util.Map<String, List<Entry>> byLetter = new java.util.LinkedHashMap<>();
        entries.forEach(entry -> byLetter.computeIfAbsent(entry.letter(), k -> new java.util.ArrayList<>()).add(entry));
        return byLetter.entrySet().stream().map(e -> new Letter(e.getKey(), e.getValue())).toList();
    }

    /** One topic: its passages grouped by interview (newest first) and the interviews about it as a whole. */
    public record Entry(Topic topic, String letter, List<Group> groups, List<Interview> wholeInterviews,
                        List<Topic> seeAlso, Topic see) {
        public Entry {
            groups = List.copyOf(groups);
            wholeInterviews = List.copyOf(wholeInterviews);
            seeAlso = List.copyOf(seeAlso);
        }

        public int passageCount() {
            return groups.stream().mapToInt(g -> g.passages().size()).sum();
        }

        /** Interviews that have a passage on the topic or are about it as a whole. */
        public int interviewCount() {
            return (int) java.util.stream.Stream.concat(groups.stream().map(Group::interview), wholeInterviews.stream())
                    .map(Interview::slug).distinct().count();
        }

        public boolean isEmpty() {
            return groups.isEmpty() && wholeInterviews.isEmpty();
        }
    }

    /** The passages of one interview under one topic, in reading order. */
    public record Group(Interview interview, List<Passage> passages) {
        public Group {
            passages = List.copyOf(passages);
        }
    }

    /** One passage under a topic, with the excerpt to show. */
    public record Passage(Turn turn, Excerpt excerpt) {
    }

    /** The entries that start with one letter. */
    public record Letter(String letter, List<Entry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }

        /** An anchor id for the letter, e.g. {@code letter-a}. */
        public String id() {
            return "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
