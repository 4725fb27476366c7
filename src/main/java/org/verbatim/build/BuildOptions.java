package org.verbatim.build;

import java.nio.file.Path;

/**
 * Where a build reads and writes; whether drafts are included; whether the site is for reading from disk
 * ({@code offline}); a base URL that overrides {@code site.yaml}'s, or null to keep it; and the folder of the
 * build cache, or null to read every interview afresh.
 */
public record BuildOptions(Path content, Path templates, Path output, boolean includeDrafts, boolean offline,
                           String baseUrl, Path cacheDir) {

    /** Options without a build cache. */
    public BuildOptions(Path content, Path templates, Path output, boolean includeDrafts, boolean offline,
                        String baseUrl) {
        this(content, templates, output, includeDrafts, offline, baseUrl, null);
    }
}
