package org.verbatim.build;

import java.util.List;

/**
 * What a successful build did: interviews built, files in the site, how many of them were kept from the previous
 * build rather than rendered again, the size of the build cache on disk (-1 without one), wall time, notes
 * worth telling the user, and whether the site was found up to date: nothing it was built from had changed since
 * the last build, nor had the site, so it was left as it was.
 */
public record BuildResult(int interviews, int files, int kept, long cacheBytes, long millis, List<String> notes,
                          boolean upToDate) {
    public BuildResult {
        notes = List.copyOf(notes);
    }
}
