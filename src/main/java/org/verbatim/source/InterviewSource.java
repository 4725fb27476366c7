package org.verbatim.source;

import java.nio.file.Path;

/**
 * An interview file split in two: the front matter YAML (starting at line {@code frontMatterLine})
 * and the Markdown body (starting at line {@code bodyLine}).
 */
public record InterviewSource(Path path, String frontMatter, int frontMatterLine, String body, int bodyLine) {
}
