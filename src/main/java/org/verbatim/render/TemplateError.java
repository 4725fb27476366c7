package org.verbatim.render;

import java.nio.file.Path;

/** A theme template that failed to render, located by file, line and column when Thymeleaf knows them. */
public final class TemplateError extends RuntimeException {
    private final transient Path file;
    private final int line;
    private final int column;

    TemplateError(Path file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
