package org.verbatim.render.partials;

/** A link to a topic page: the topic's label and the link from the page it is on. */
public record TopicLinkView(String label, String href) {
}
