package org.verbatim.build;

/** What a successful build did: files written and wall time. */
public record BuildResult(int interviews, int files, long millis) {
}
