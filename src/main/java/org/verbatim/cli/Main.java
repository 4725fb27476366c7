package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.verbatim.model.ContentErrors;
import org.verbatim.model.Diagnostic;
import org.verbatim.output.OutsideOutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verbatim} command and its sub-commands. */
@Command(name = "verbatim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A static-site generator for annotated interviews.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
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
        Thread.UncaughtExceptionHandler printing = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                if (!(thread instanceof java.util.concurrent.ForkJoinWorkerThread)) {
                    outOfMemory(new PrintWriter(System.err, true));
                    Runtime.getRuntime().halt(ExitCodes.IO_ERROR);
                }
            } else {
                if (printing != null) {
                    printing.uncaughtException(thread, error);
                } else {
                    thread.getThreadGroup().uncaughtException(thread, error);
                }
            }
        });
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // By now the build's data is unreachable and the staging folder removed: there is room for one line.
            exit = outOfMemory(new PrintWriter(System.err, true));
        }
        System.exit(exit);
    }

    /** The one line a user sees when the heap is too small: what happened, that nothing changed, what to do. */
    static int outOfMemory(PrintWriter err) {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long moreMb = Math.max(1024, Math.round(heapMb * 2 / 1024.0) * 1024);
        err.println("verbatim: out of memory (the Java heap is " + heapMb + " MB); the site was not changed."
                + " Give it more, e.g. VERBATIM_JAVA_OPTS=-Xmx" + moreMb / 1024 + "g ./verbatim build");
        err.flush();
        return ExitCodes.IO_ERROR;
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
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {  // wrapped by a library on its way out
                return outOfMemory(err);
            }
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
