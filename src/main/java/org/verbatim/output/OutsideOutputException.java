package org.verbatim.output;

/** A page or asset path that would land outside the output folder. */
public final class OutsideOutputException extends IllegalArgumentException {
    public OutsideOutputException(String path) {
        super("refusing to write outside the output folder: " + path);
    }
}
