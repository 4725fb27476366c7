package org.verbatim.source;

import java.nio.file.Path;

/**
 * A content file decoded as UTF-8, with line endings normalised to {@code \n} and any byte-order mark
 * removed, so that offsets map to the lines an editor shows.
 */
public record SourceFile(Path path, String text) {
}
