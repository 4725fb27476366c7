package org.verbatim.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.model.Whitespace;

/**
 * Finds topic aliases in text in one pass over its words, however many topics there are. Words are runs of
 * letters and digits compared after Unicode lower-casing, so an alias matches whole words only ("Mistral"
 * in "Mistral's", not in "Mistrals"), ignoring case but not accents; the words of a phrase must be
 * separated in the text as in the alias (whitespace around a separator, and any run of it, ignored).
 */
final class AliasMatcher {
    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    /** One alias of one topic, as words and the separators between them. */
    private record Alias(String topicId, String[] words, String[] separators, int length) {
    }

    /** The words of a text with their positions. */
    private record Words(String[] folded, int[] starts, int[] ends) {
    }

    AliasMatcher(Map<String, List<String>> aliasesByTopic) {
        aliasesByTopic.forEach((topicId, aliases) -> {
            for (String alias : aliases) {
                Words words = words(alias.strip());
                if (words.folded().length == 0) {
                    continue;
                }
                String[] separators = new String[words.folded().length - 1];
                for (int i = 0; i < separators.length; i++) {
                    separators[i] = separator(alias.strip(), words.ends()[i], words.starts()[i + 1]);
                }
                byFirstWord.computeIfAbsent(words.folded()[0], k -> new ArrayList<>())
                        .add(new Alias(topicId, words.folded(), separators, alias.length()));
            }
        });
        // Longest first, so "European AI Act" wins over "AI Act" where both start.
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    }

    /** The first match of each topic in {@code text}, in order of first appearance. */
    Map<String, Match> firstMatches(String text) {
        Map<String, Match> matches = new LinkedHashMap<>();
        Words words = words(text);
        String[] folded = words.folded();
        for (int i = 0; i < folded.length; i++) {
            List<Alias> candidates = byFirstWord.get(folded[i]);
            if (candidates == null) {
                continue;
            }
            for (Alias alias : candidates) {
                if (!matches.containsKey(alias.topicId()) && matchesAt(alias, words, text, i)) {
                    matches.put(alias.topicId(),
                            new Match(words.starts()[i], words.ends()[i + alias.words().length - 1]));
                }
            }
        }
        return matches;
    }

    private static boolean matchesAt(Alias alias, Words words, String text, int first) {
        int count = alias.words().length;
        if (first + count > words.folded().length) {
            return false;
        }
        for (int k = 1; k < count; k++) {
            if (!alias.words()[k].equals(words.folded()[first + k])
                    || !alias.separators()[k - 1].equals(separator(text, words.ends()[first + k - 1], words.starts()[first + k]))) {
                return false;
            }
        }
        return true;
    }

    /** The text between two words with whitespace collapsed; only whitespace reads as one space. */
    private static String separator(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) == ' ') {
            return " ";
        }
        String collapsed = Whitespace.collapse(text.substring(from, to));
        return collapsed.isEmpty() ? " " : collapsed;
    }

    private static Words words(String text) {
        // Over a char array with growable int arrays: this runs over every passage of an archive.
        char[] chars = text.toCharArray();
        String[] folded = new String[32];
        int[] starts = new int[32];
        int[] ends = new int[32];
        int count = 0;
        int i = 0;
        while (i < chars.length) {
            int codePoint = Character.codePointAt(chars, i);
            if (!isWordPart(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            i += Character.charCount(codePoint);
            while (i < chars.length) {
                int next = Character.codePointAt(chars, i);
                if (!isWordPart(next)) {
                    break;
                }
                i += Character.charCount(next);
            }
            if (count == folded.length) {
                folded = Arrays.copyOf(folded, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            folded[count] = text.substring(start, i).toLowerCase(Locale.ROOT);
            count++;
        }
        return new Words(Arrays.copyOf(folded, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** Letters, digits and combining marks; ASCII answered without a table lookup. */
    private static boolean isWordPart(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
    }

    /** Combining accents belong to the word they decorate (text in decomposed form). */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
