package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.build.BuildOptions;
import org.verbatim.build.BuildProgress;
import org.verbatim.build.BuildResult;
import org.verbatim.build.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim build}: content folder in, site folder out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content folder into the output folder.",
        footer = {"", "Content problems are listed as path:line:col: message; the previous site is then left untouched.",
                "", "Examples:", "  verbatim build", "  verbatim build --content my-content --out public",
                "  verbatim build --templates my-theme --drafts",
                "  verbatim build --offline --out usb-stick/interviews",
                "  verbatim build --base-url https://example.org/interviews/"})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ContentOptions folders;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output folder, replaced as a whole when the build succeeds (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--drafts", description = "Include interviews marked draft: true.")
    boolean drafts;

    @Option(names = "--offline", description = "Build for reading from disk (file://): every link names its index.html.")
    boolean offline;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is published at; overrides baseUrl in site.yaml.")
    String baseUrl;

    @CommandLine.Mixin
    CacheOptions cache;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems: no progress line, no summary.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        folders.require(spec);
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--base-url must be an absolute http(s) URL, e.g. https://interviews.example.org/");
        }
        BuildProgress progress = TerminalProgress.forConsole(spec.commandLine().getErr(), quiet);
        BuildResult result;
        try {
            result = new SiteBuild(new BuildOptions(folders.content, folders.templates, out, drafts, offline, baseUrl,
                    cache.folder())).run(progress);
        } finally {
            if (progress instanceof TerminalProgress line) {
                line.finish();
            }
        }
        if (quiet) {
            return ExitCodes.OK;
        }
        result.notes().forEach(note -> spec.commandLine().getOut().println("note: " + note));
        if (result.upToDate()) {
            spec.commandLine().getOut().printf("Up to date: %d interview(s), %d file(s) in %s; nothing had changed"
                    + " since the last build (%d ms)%n", result.interviews(), result.files(), out, result.millis());
        } else {
            spec.commandLine().getOut().printf("Built %d interview(s), %d file(s)%s into %s in %d ms%n",
                    result.interviews(), result.files(), result.kept() == 0 ? ""
                            : String.format(" (%d unchanged, kept from the previous build)", result.kept()),
                    out, result.millis());
        }
        if (result.cacheBytes() >= 0) {
            long bytes = result.cacheBytes();
            spec.commandLine().getOut().printf("Cache %s: %s (safe to delete; --no-cache to build without it)%n",
                    cache.folder(), bytes < 1_000_000 ? (bytes + 999) / 1000 + " kB"
                            : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
