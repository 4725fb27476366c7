package org.verbatim.render.json;

/**
 * One searchable passage in {@code search/search-index.js}: a turn with its interview's title and date, the
 * speaker, the plain text, and a link relative to the search page.
 */
public record SearchDocument(String id, String url, String title, String date, String speaker, String role,
                             String lang, String text) {
}
