package org.verbatim.build;

import java.util.List;

/** What a successful build did: interviews built, files written, wall time, and notes worth telling the user. */
public record BuildResult(int interviews, int files, long millis, List<String> notes) {
    public BuildResult {
        notes = List.copyOf(notes);
    }
}
