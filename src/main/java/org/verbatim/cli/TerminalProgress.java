package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.build.BuildProgress;

/**
 * A live progress line on a terminal, for builds that take more than a second: rewritten in place at most ten
 * times a second, and cleared at the end so that only the summary line stays.
 */
final class TerminalProgress implements BuildProgress {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter terminal;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    TerminalProgress(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** A progress line when the output is a terminal and the user did not ask for quiet; otherwise silence. */
    static BuildProgress forConsole(PrintWriter terminal, boolean quiet) {
        return quiet || System.console() == null ? BuildProgress.SILENT : new TerminalProgress(terminal);
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        String counts = total > 0 ? " " + done + "/" + total : "";
        terminal.print("\r\033[K" + "verbatim: " + stage + counts + " (" + (now - start) / 1_000_000_000L + " s)");
        terminal.flush();
    }

    /** Clears the line, if one was shown. */
    synchronized void finish() {
        if (shown) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
    }
}
