package org.verbatim.source;

/** A value from a content file and where it was written, for checks that can only run once all files are read. */
public record Located(String value, int line, int column) {
}
