package org.verbatim.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.verbatim.build.BuildOptions;
import org.verbatim.build.LiveSite;
import org.verbatim.model.Diagnostic;

/**
 * The newsroom preview: builds the site in memory with drafts, serves it, watches content and theme, and on
 * each save rebuilds what changed and tells open pages to reload, or shows them the problems.
 */
public final class Preview implements AutoCloseable {
    private static final long QUIET_MILLIS = 60;

    private final LiveSite site;
    private final LiveReload reload = new LiveReload();
    private final PreviewServer server;
    private final ContentWatcher watcher;
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile LiveSite.Update lastUpdate;
    private final java.util.concurrent.atomic.AtomicInteger rebuilds = new java.util.concurrent.atomic.AtomicInteger();

    private Preview(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err) throws IOException {
        this.out = out;
        this.err = err;
        this.site = new LiveSite(options);
        report(site.build(), Set.of());
        this.server = new PreviewServer(host, port, site::pages, site::problems, reload);
        this.watcher = new ContentWatcher(List.of(options.content(), options.templates()), QUIET_MILLIS, this::changed);
    }

    /** Builds the site, then serves it on {@code host:port} (port 0 picks a free one) until closed. */
    public static Preview start(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err)
            throws IOException {
        return new Preview(options, host, port, out, err);
    }

    public URI url() {
        return URI.create("http://" + host() + ":" + server.port() + "/");
    }

    private String host() {
        return "127.0.0.1";
    }

    public int port() {
        return server.port();
    }

    /** The most recent rebuild. */
    public LiveSite.Update lastUpdate() {
        return lastUpdate;
    }

    /** How many times files changed and the site was rebuilt since it started. */
    public int rebuilds() {
        return rebuilds.get();
    }

    private void changed(Set<Path> paths) {
        LiveSite.Update update = site.update(paths);
        if (update.succeeded() && update.rendered().isEmpty() && update.deferred().isEmpty()) {
            return;
        }
        rebuilds.incrementAndGet();
        report(update, paths);
        if (update.succeeded()) {
            reload.send("reload", "{\"files\":" + update.rendered().size() + "}");
        } else {
            reload.send("problems", server.problemsJson());
        }
    }

    private void report(LiveSite.Update update, Set<Path> paths) {
        lastUpdate = update;
        if (update.succeeded()) {
            out.printf("%s %d file(s) in %d ms%s%s%n", paths.isEmpty() ? "Built" : "Rebuilt", update.rendered().size(),
                    update.millis(), update.deferred().isEmpty() ? "" : " (" + update.deferred().size()
                            + " more when first requested)", paths.isEmpty() ? "" : " after " + describe(paths));
            out.flush();
        } else {
            for (Diagnostic problem : update.problems()) {
                err.println(problem);
            }
            err.printf("verbatim: %d problem(s); still serving the last good pages%n", update.problems().size());
            err.flush();
        }
    }

    private static String describe(Set<Path> paths) {
        Path first = paths.iterator().next().getFileName();
        return paths.size() == 1 ? "a change to " + first : paths.size() + " changes (" + first + ", …)";
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
