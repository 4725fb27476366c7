package org.verbatim.importing;

import java.nio.file.Path;

/** A source that cannot be read as its format: where, and why. */
public final class ImportProblem extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public ImportProblem(Path file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * This problem, found in a text that starts at {@code line}:{@code column} of {@code within} (a transcript
     * inside an XML element), told at its place in that file.
     */
    public ImportProblem inside(Path within, int line, int column) {
        return new ImportProblem(within, line + this.line - 1, this.line == 1 ? column + this.column - 1 : this.column,
                getMessage());
    }

    /** {@code file:line:col: message}, as every problem of Verbatim is told. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + getMessage();
    }
}
