package org.verbatim.model;

import java.util.List;

/** Thrown when content has problems; carries every diagnostic of the build, in reading order. */
public final class ContentErrors extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public ContentErrors(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s) in content", null, false, false);
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
