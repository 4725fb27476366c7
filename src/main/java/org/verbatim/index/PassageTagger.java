package org.verbatim.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Interview;
import org.verbatim.model.Topic;
import org.verbatim.model.TopicVocabulary;
import org.verbatim.model.Turn;

/**
 * Decides which topics each passage is indexed under. An alias matches as a whole word or phrase, ignoring
 * case with Unicode case folding but not accents ({@code Éoliennes} matches {@code éoliennes}, not
 * {@code eoliennes}); a pointer entry's aliases count for the topic it points to. Patterns are compiled once.
 */
public final class PassageTagger {
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    public PassageTagger(TopicVocabulary vocabulary) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (Topic topic : vocabulary.all()) {
            String target = topic.isPointer() ? topic.see() : topic.id();
            aliases.computeIfAbsent(target, k -> new ArrayList<>()).addAll(topic.aliases());
        }
        for (Topic topic : vocabulary.all()) {
            List<String> terms = aliases.getOrDefault(topic.id(), List.of());
            if (!topic.isPointer() && !terms.isEmpty()) {
                patterns.put(topic.id(), compile(terms));
            }
        }
    }

    private static Pattern compile(List<String> terms) {
        StringBuilder alternatives = new StringBuilder();
        // Longest first, so "European AI Act" wins over "AI Act" at the same place.
        terms.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .forEach(term -> {
                    if (!alternatives.isEmpty()) {
                        alternatives.append('|');
                    }
                    String[] words = term.split("\\s+");
                    for (int i = 0; i < words.length; i++) {
                        alternatives.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
                    }
                });
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every turn of the interview, tagged, in reading order. */
    public List<TaggedPassage> tag(Interview interview) {
        List<TaggedPassage> passages = new ArrayList<>();
        for (Turn turn : interview.turns()) {
            passages.add(tag(interview, turn));
        }
        return passages;
    }

    private TaggedPassage tag(Interview interview, Turn turn) {
        String text = turn.prose().replaceAll("\\s+", " ").strip();
        Map<String, Match> matches = new LinkedHashMap<>();
        patterns.forEach((id, pattern) -> {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                matches.put(id, new Match(matcher.start(), matcher.end()));
            }
        });
        Set<String> ids = new LinkedHashSet<>(matches.keySet());
        ids.addAll(turn.markedTopics());
        turn.removedTopics().forEach(ids::remove);
        matches.keySet().retainAll(ids);
        return new TaggedPassage(interview, turn, text, ids.stream().sorted().toList(), matches);
    }
}
