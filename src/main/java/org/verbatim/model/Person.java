package org.verbatim.model;

/** Someone who recurs across interviews, from {@code people.yaml}. */
public record Person(String id, String name, String description) {
}
