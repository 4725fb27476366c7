package org.verbatim.render.json;

/** The version of the published JSON schema; bump it on any incompatible change and document it. */
public final class Schema {
    public static final int VERSION = 1;

    private Schema() {
    }
}
