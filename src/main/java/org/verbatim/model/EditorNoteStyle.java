package org.verbatim.model;

/** How inline editor's notes are delimited: the book convention or the wire-service one. */
public enum EditorNoteStyle {
    BRACKETS("[", "]"), PARENTHESES("(", ")");

    private final String open;
    private final String close;

    EditorNoteStyle(String open, String close) {
        this.open = open;
        this.close = close;
    }

    public String open() {
        return open;
    }

    public String close() {
        return close;
    }
}
