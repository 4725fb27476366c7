package org.verbatim.index;

/** Where a topic's alias matched in a passage's text: {@code [start, end)} character offsets. */
public record Match(int start, int end) {
}
