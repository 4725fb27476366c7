package org.verbatim.build;

import java.nio.file.Path;

/** Where a build reads and writes, and whether drafts are included. */
public record BuildOptions(Path content, Path templates, Path output, boolean includeDrafts) {
}
