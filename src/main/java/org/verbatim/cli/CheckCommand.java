package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.build.BuildOptions;
import org.verbatim.build.SiteBuild;
import org.verbatim.model.Diagnostic;
import org.verbatim.model.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim check}: every problem in content and theme, without writing a site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the content and the theme without writing anything; exit 0 when clean, 1 with every problem listed.",
        footer = {"", "Examples:", "  verbatim check", "  verbatim check --drafts",
                "  verbatim check --format json > problems.json"})
final class CheckCommand implements Callable<Integer> {

    /** How problems are printed. */
    enum Format { text, json }

    @CommandLine.Mixin
    ContentOptions folders;

    @Option(names = "--drafts", description = "Check drafts too.")
    boolean drafts;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (path:line:col: message) or json, for editors and CI (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The JSON shape of one problem. */
    record Problem(String file, int line, int column, String severity, String message) {
    }

    /** The JSON document {@code check --format json} prints; suggestions never make {@code ok} false. */
    record Report(int schemaVersion, boolean ok, int count, List<Problem> problems, List<Problem> suggestions) {
    }

    @Override
    public Integer call() throws Exception {
        folders.require(spec);
        Diagnostics found = new Diagnostics();
        List<Diagnostic> problems = new SiteBuild(new BuildOptions(folders.content, folders.templates, Path.of("site"),
                drafts, false, null)).check(found);
        List<Diagnostic> suggestions = found.list();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(new Report(1, problems.isEmpty(), problems.size(), json(problems, "error"),
                            json(suggestions, "suggestion"))));
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
        }
        suggestions.forEach(s -> out.println(s.file() + ":" + s.line() + ":" + s.column() + ": suggestion: " + s.message()));
        if (problems.isEmpty()) {
            out.println("No problems found.");
        } else {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.printf("verbatim: %d problem(s) found.%n", problems.size());
            err.flush();
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }

    private static List<Problem> json(List<Diagnostic> found, String severity) {
        return found.stream().map(d -> new Problem(d.file().toString(), d.line(), d.column(), severity, d.message()))
                .toList();
    }
}
