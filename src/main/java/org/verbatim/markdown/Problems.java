package org.verbatim.markdown;

import com.vladsch.flexmark.util.ast.Node;
import org.verbatim.model.FileDiagnostics;

/** Reports problems at a node's or an offset's position in the file, front matter lines included. */
final class Problems {
    private final FileDiagnostics file;
    private final SourcePositions positions;

    Problems(FileDiagnostics file, SourcePositions positions) {
        this.file = file;
        this.positions = positions;
    }

    void at(Node node, String message) {
        at(node.getStartOffset(), message);
    }

    /** "line N", for a message that points to another place in the file. */
    String lineOf(int offset) {
        return "line " + positions.line(offset);
    }

    void at(int offset, String message) {
        file.error(positions.line(offset), positions.column(offset), message);
    }
}
