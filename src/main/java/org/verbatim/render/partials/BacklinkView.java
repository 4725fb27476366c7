package org.verbatim.render.partials;

/** A link from an endnote back to one place that cites it, with its text ("↩ Back to text (2)"). */
public record BacklinkView(String href, String label) {
}
