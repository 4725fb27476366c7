package org.verbatim.build;

import java.nio.file.Path;

/**
 * Where a build reads and writes; whether drafts are included; whether the site is for reading from disk
 * ({@code offline}); and a base URL that overrides {@code site.yaml}'s, or null to keep it.
 */
public record BuildOptions(Path content, Path templates, Path output, boolean includeDrafts, boolean offline,
                           String baseUrl) {
}
