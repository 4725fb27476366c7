package org.verbatim.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/** One problem found in content, located by file, line and column (both counted from 1). */
public record Diagnostic(Path file, int line, int column, String message) {

    /** Orders diagnostics by file, then position, so reports are stable. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    /** The compiler-style form editors understand: {@code path:line:col: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
