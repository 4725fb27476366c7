package org.verbatim.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Interview;
import org.verbatim.model.Topic;
import org.verbatim.model.TopicVocabulary;
import org.verbatim.model.Turn;
import org.verbatim.model.Whitespace;

/**
 * Decides which topics each passage is indexed under. An alias matches as a whole word or phrase, ignoring
 * case with Unicode case folding but not accents ({@code Éoliennes} matches {@code éoliennes}, not
 * {@code eoliennes}); a pointer entry's aliases count for the topic it points to.
 */
public final class PassageTagger {
    private static final int PARALLEL_FROM = 500;

    private final AliasMatcher aliases;

    public PassageTagger(TopicVocabulary vocabulary) {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (Topic topic : vocabulary.all()) {
            String target = topic.isPointer() ? topic.see() : topic.id();
            byTopic.computeIfAbsent(target, k -> new ArrayList<>()).addAll(topic.aliases());
        }
        this.aliases = new AliasMatcher(byTopic);
    }

    /** Every turn of the interview, tagged, in reading order. */
    public List<TaggedPassage> tag(Interview interview) {
        List<Turn> turns = interview.turns();
        // A long transcript is tagged on all cores; an archive is already spread over them interview by interview.
        return (turns.size() > PARALLEL_FROM ? turns.parallelStream() : turns.stream())
                .map(turn -> tag(interview, turn))
                .toList();
    }

    /** What {@link #tag} finds in each turn, in reading order, in the form the build cache keeps. */
    public List<PassageTags> tags(Interview interview) {
        return tag(interview).stream().map(p -> new PassageTags(p.topicIds(), p.excerpts())).toList();
    }

    /** The passages of {@code interview} from what tagging it found before ({@link #tags}); null if they do not fit. */
    static List<TaggedPassage> passages(Interview interview, List<PassageTags> tags) {
        List<Turn> turns = interview.turns();
        if (tags.size() != turns.size()) {
            return null;
        }
        List<TaggedPassage> passages = new ArrayList<>(turns.size());
        for (int i = 0; i < turns.size(); i++) {
            passages.add(new TaggedPassage(interview, turns.get(i), tags.get(i).topicIds(), tags.get(i).excerpts()));
        }
        return List.copyOf(passages);
    }

    private TaggedPassage tag(Interview interview, Turn turn) {
        String text = Whitespace.collapse(turn.prose());
        Map<String, Match> matches = new LinkedHashMap<>(aliases.firstMatches(text));
        Set<String> ids = new LinkedHashSet<>(matches.keySet());
        ids.addAll(turn.markedTopics());
        turn.removedTopics().forEach(ids::remove);
        matches.keySet().retainAll(ids);
        return TaggedPassage.of(interview, turn, text, ids.stream().sorted().toList(), matches);
    }
}
