package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.verbatim.model.ContentErrors;
import org.verbatim.model.Diagnostic;
import org.verbatim.output.OutsideOutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verbatim} command and its sub-commands. */
@Command(name = "verbatim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A static-site generator for annotated interviews.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  verbatim build", "  verbatim serve", "  verbatim check --format json",
                "  verbatim new \"On the AI Act\" --interviewee \"Marina Ferrari\"", "  verbatim help build"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // A build's worker threads that run out of memory would print their own traces: the main thread, which joins
        // them, reports it once. Any other thread (the preview's file watcher) reports it and ends the program, rather
        // than die quietly and leave a server that never rebuilds; a staging folder left behind is cleared next run.
        // Made now: with the heap full there may be no room to build the message, only to write it.
        byte[] outOfMemoryLine = (outOfMemoryMessage() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            try {
                boolean worker = thread instanceof java.util.concurrent.ForkJoinWorkerThread;
                if (worker && (error instanceof VirtualMachineError || error instanceof LinkageError)) {
                    return;  // a pool thread starved of memory (or of a class it could not initialise for want of it)
                }
                if (!outOfMemory(error)) {
                    // What the JVM prints itself; not the thread group's handler, which would call this one again.
                    System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                    error.printStackTrace(System.err);
                } else if (!worker) {
                    System.err.write(outOfMemoryLine, 0, outOfMemoryLine.length);
                    System.err.flush();
                    Runtime.getRuntime().halt(ExitCodes.IO_ERROR);
                }
            } catch (Throwable again) {
                // Nothing is left to report it with; the main thread's own handling still runs.
            }
        });
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (Error e) {
            if (!outOfMemory(e)) {
                throw e;
            }
            // By now the build's data is unreachable and the staging folder removed: there is room for one line.
            exit = outOfMemory(new PrintWriter(System.err, true));
        }
        System.exit(exit);
    }

    /**
     * Whether {@code error} is, or was caused by, running out of memory (a class initialiser wraps it, say). A class
     * that "could not initialize" failed once before, and on Java 17 the error says no more: in Verbatim no static
     * initialiser fails but for want of memory (a JDK class first used while the heap was full, such as
     * ForkJoinTask's helper, is the case seen), so it counts as running out of memory too.
     */
    private static boolean outOfMemory(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError || cause instanceof NoClassDefFoundError
                    && String.valueOf(cause.getMessage()).startsWith("Could not initialize class")) {
                return true;
            }
        }
        return false;
    }

    /** The one line a user sees when the heap is too small: what happened, that nothing changed, what to do. */
    static int outOfMemory(PrintWriter err) {
        err.println(outOfMemoryMessage());
        err.flush();
        return ExitCodes.IO_ERROR;
    }

    private static String outOfMemoryMessage() {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long moreMb = Math.max(1024, Math.round(heapMb * 2 / 1024.0) * 1024);
        return "verbatim: out of memory (the Java heap is " + heapMb + " MB); the site was not changed."
                + " Give it more, e.g. VERBATIM_JAVA_OPTS=-Xmx" + moreMb / 1024 + "g ./verbatim build";
    }

    /** The configured command line; tests run it in-process and assert on exit codes and output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::handle);
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'verbatim build'");
    }

    /** A usage error: one line saying what is wrong, any "did you mean", then the command's usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("verbatim: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        command.usage(err);
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Maps failures to exit codes: content errors are reports, not crashes, so no stack trace is shown. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ContentErrors errors) {
            for (Diagnostic diagnostic : errors.diagnostics()) {
                err.println(diagnostic);
            }
            err.printf("verbatim: %d problem(s) found; the site was not changed.%n", errors.diagnostics().size());
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        if (e instanceof OutsideOutputException) {
            err.println("verbatim: " + e.getMessage());
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        if (outOfMemory(e)) {  // wrapped by a library on its way out
            return outOfMemory(err);
        }
        if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
            err.println("verbatim: " + e.getMessage() + "; the site was not changed.");
            err.flush();
            return ExitCodes.IO_ERROR;
        }
        err.println("verbatim: internal error, please report it with the trace below: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"verbatim " + (version == null ? "development" : version)};
        }
    }
}
