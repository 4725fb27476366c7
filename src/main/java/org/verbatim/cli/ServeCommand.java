package org.verbatim.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.verbatim.build.BuildOptions;
import org.verbatim.preview.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim serve}: the newsroom preview with drafts and live reload. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site, drafts included, on http://127.0.0.1:PORT/; rebuilds and reloads open pages on every save.",
        footer = {"", "Pages carry a draft banner where due and noindex everywhere; content problems show in the",
                "terminal and over the last good page in the browser.", "", "Examples:", "  verbatim serve",
                "  verbatim serve --port 8080", "  verbatim serve --host 0.0.0.0   # other machines can connect: careful"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ContentOptions folders;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @CommandLine.Mixin
    CacheOptions cache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        folders.require(spec);
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            spec.commandLine().getErr().println("WARNING: serving on " + host
                    + ": other machines on the network can read these drafts.");
        }
        BuildOptions options = new BuildOptions(folders.content, folders.templates, Path.of("site"), true, false, null,
                cache.folder());
        CountDownLatch stopped = new CountDownLatch(1);
        try (Preview preview = Preview.start(options, host, port, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            spec.commandLine().getOut().printf("Serving %s (drafts included). Press Ctrl+C to stop.%n",
                    "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + preview.port() + "/");
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
