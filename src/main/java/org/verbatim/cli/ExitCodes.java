package org.verbatim.cli;

/** The exit codes every command shares. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int IO_ERROR = 3;
    static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
