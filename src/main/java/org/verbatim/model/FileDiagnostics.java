package org.verbatim.model;

import java.nio.file.Path;

/** Reports problems located in a single file into a shared {@link Diagnostics}. */
public record FileDiagnostics(Diagnostics sink, Path file) {

    public void error(int line, int column, String message) {
        sink.add(new Diagnostic(file, line, column, message));
    }
}
