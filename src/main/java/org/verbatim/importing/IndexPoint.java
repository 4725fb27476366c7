package org.verbatim.importing;

import java.util.List;
import org.verbatim.model.Timecode;

/** A segment as an oral-history index gives it: where it starts, its title, synopsis (may be empty) and keywords. */
public record IndexPoint(Timecode start, String title, String synopsis, List<String> keywords) {
    public IndexPoint {
        keywords = List.copyOf(keywords);
    }
}
