package org.verbatim.markdown.ext.callout;

import java.util.Locale;
import java.util.Optional;

/** The kinds of callout the authoring format defines. */
public enum CalloutKind {
    /** {@code > [!ed]}: a block editor's note. */
    EDITOR("ed"),
    /** {@code > [!related]}: a "read also" inset. */
    RELATED("related"),
    /** {@code > [!synopsis]}: what the segment a timed heading opens is about, with its keywords. */
    SYNOPSIS("synopsis");

    private final String marker;

    CalloutKind(String marker) {
        this.marker = marker;
    }

    /** The kind whose marker ({@code ed}, {@code related}) is given, ignoring case. */
    static Optional<CalloutKind> forMarker(String text) {
        for (CalloutKind kind : values()) {
            if (kind.marker.equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
