package org.verbatim.render;

/** A page ready to be written: its path under the output folder, with '/' separators, and its HTML. */
public record RenderedPage(String path, String html) {
}
