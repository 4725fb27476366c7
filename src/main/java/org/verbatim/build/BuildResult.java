package org.verbatim.build;

import java.util.List;

/**
 * What a successful build did: interviews built, files in the site, how many of them were kept from the previous
 * build rather than rendered again, the size of the build cache on disk (-1 without one), wall time, and notes
 * worth telling the user.
 */
public record BuildResult(int interviews, int files, int kept, long cacheBytes, long millis, List<String> notes) {
    public BuildResult {
        notes = List.copyOf(notes);
    }
}
