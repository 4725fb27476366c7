package org.verbatim.model;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class NearestName {
    private NearestName() {
    }

    /** The closest candidate within a small edit distance, or empty when nothing is close enough. */
    public static Optional<String> among(String wanted, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int distance = distance(wanted.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(2, wanted.length() / 3);
        if (bestDistance <= tolerance) {
            return Optional.ofNullable(best);
        }
        // "mistral" for "mistral-ai": a known name that extends what was typed is a good guess too.
        return candidates.stream().sorted().filter(c -> wanted.length() >= 3 && c.startsWith(wanted)).findFirst();
    }

    /** " (did you mean 'x'?)" or an empty string. */
    public static String hint(String wanted, Collection<String> candidates) {
        return among(wanted, candidates).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
