package org.verbatim.build;

/** Where a build reports how far it has got, for a progress line; called from several threads. */
@FunctionalInterface
public interface BuildProgress {

    /** Says nothing. */
    BuildProgress SILENT = (stage, done, total) -> { };

    /** The build is at {@code stage} ("reading", "writing"), {@code done} of {@code total} (0 when unknown). */
    void update(String stage, int done, int total);
}
