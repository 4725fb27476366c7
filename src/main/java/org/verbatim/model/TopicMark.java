package org.verbatim.model;

/** A {@code {topics: …}} entry on a passage: adds a topic, or with {@code -id} removes an alias match. */
public record TopicMark(String topicId, boolean removes) {
}
