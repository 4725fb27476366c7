package org.verbatim.model;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one build so they can all be reported at once; thread-safe. */
public final class Diagnostics {
    private final List<Diagnostic> found = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    public synchronized List<Diagnostic> list() {
        return found.stream().sorted(Diagnostic.READING_ORDER).toList();
    }

    /** Throws {@link ContentErrors} with everything collected so far, if anything was. */
    public void throwIfAny() throws ContentErrors {
        List<Diagnostic> all = list();
        if (!all.isEmpty()) {
            throw new ContentErrors(all);
        }
    }

    /** A view of this collector that locates problems in one file. */
    public FileDiagnostics forFile(java.nio.file.Path file) {
        return new FileDiagnostics(this, file);
    }
}
