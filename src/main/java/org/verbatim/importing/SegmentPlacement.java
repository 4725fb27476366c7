package org.verbatim.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Timecode;

/**
 * Where an index point's heading goes among the turns: never where a time before it is later than its own or a
 * time after it earlier (an interview's times only go forward), and among the places left, before the first turn
 * that starts at or after it, a turn without a time of its own being placed by its words between the times
 * around it.
 */
final class SegmentPlacement {
    private SegmentPlacement() {
    }

    /**
     * Turn index → the points whose headings go just before it ({@code times.size()}: after the last turn).
     * {@code times} are each turn's written times in order; {@code anchors} each {word offset, millis} of the
     * whole transcript's written times, and {@code firstWords} each turn's first word's offset. No turn may hold
     * times on both sides of a point's (the writer splits such a turn first).
     */
    static Map<Integer, List<IndexPoint>> place(List<IndexPoint> points, List<List<Timecode>> times,
                                                List<long[]> anchors, long[] firstWords) {
        int turns = times.size();
        Map<Integer, List<IndexPoint>> placed = new LinkedHashMap<>();
        int previous = 0;
        for (IndexPoint point : points.stream().sorted(java.util.Comparator.comparing(IndexPoint::start)).toList()) {
            int lastEarlier = -1;
            int firstLater = turns;
            for (int t = 0; t < turns; t++) {
                for (Timecode time : times.get(t)) {
                    if (time.compareTo(point.start()) < 0) {
                        lastEarlier = t;
                    } else if (time.compareTo(point.start()) > 0 && firstLater == turns) {
                        firstLater = t;
                    }
                }
            }
            int at = firstLater;
            for (int t = Math.max(previous, lastEarlier + 1); t < firstLater; t++) {
                if (estimate(anchors, firstWords[t]) >= point.start().millis()) {
                    at = t;
                    break;
                }
            }
            at = Math.max(at, previous);
            previous = at;
            placed.computeIfAbsent(at, k -> new ArrayList<>()).add(point);
        }
        return placed;
    }

    /** The time at word {@code word}, from the written times around it in proportion to the words between them. */
    private static double estimate(List<long[]> anchors, long word) {
        long[] before = null;
        for (long[] anchor : anchors) {
            if (anchor[0] <= word) {
                before = anchor;
            } else {
                if (before == null || anchor[0] == before[0]) {
                    return anchor[1];
                }
                return before[1] + (double) (anchor[1] - before[1]) * (word - before[0]) / (anchor[0] - before[0]);
            }
        }
        return before == null ? Double.POSITIVE_INFINITY : before[1];
    }
}
