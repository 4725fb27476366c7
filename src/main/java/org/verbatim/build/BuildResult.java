package org.verbatim.build;

/** What a successful build did: pages written and wall time. */
public record BuildResult(int interviews, int pages, long millis) {
}
