package org.verbatim.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.verbatim.model.Diagnostic;
import org.verbatim.output.MemorySite;

/**
 * Serves the in-memory site over HTTP with the JDK's server. Only paths that name a file of the site are
 * answered; anything else, including every form of {@code ..}, gets the 404 page. Also serves the
 * live-reload script, the event stream and the current problems as JSON under {@code /__verbatim/}.
 */
final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/__verbatim/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "woff2", "font/woff2", "ico", "image/x-icon");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "verbatim-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final Supplier<MemorySite> site;
    private final Supplier<List<Diagnostic>> problems;
    private final LiveReload reload;
    private final byte[] script;
    private final ObjectMapper json = new ObjectMapper();

    PreviewServer(String host, int port, Supplier<MemorySite> site, Supplier<List<Diagnostic>> problems,
                  LiveReload reload) throws IOException {
        this.site = site;
        this.problems = problems;
        this.reload = reload;
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            this.script = in.readAllBytes();
        }
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes());
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw.equals(PREFIX + "events")) {
                reload.subscribe(exchange);
                return;
            }
            if (raw.equals(PREFIX + "live.js")) {
                send(exchange, 200, TYPES.get("js"), script);
                return;
            }
            if (raw.equals(PREFIX + "status")) {
                send(exchange, 200, TYPES.get("json"), status());
                return;
            }
            MemorySite snapshot = site.get();
            Optional<String> path = sitePath(raw);
            Optional<String> file = path.map(p -> p.isEmpty() || p.endsWith("/") ? p + "index.html" : p);
            Optional<byte[]> gzipped = file.flatMap(snapshot::gzipped);
            Optional<byte[]> plain = gzipped.isPresent() ? Optional.empty() : file.flatMap(snapshot::file);
            if (gzipped.isPresent() || plain.isPresent()) {
                String name = file.get();
                exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
                if (gzipped.isPresent() && acceptsGzip(exchange)) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    send(exchange, 200, type(name), gzipped.get());
                } else {
                    send(exchange, 200, type(name), gzipped.map(MemorySite::gunzipped).orElseGet(plain::get));
                }
            } else if (path.isPresent() && snapshot.paths().contains(path.get() + "/index.html")) {
                exchange.getResponseHeaders().set("Location", raw + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            } else {
                send(exchange, 404, TYPES.get("html"), snapshot.file("404.html").orElse("Not found".getBytes()));
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
            if (e instanceof IOException io) {
                throw io;
            }
        }
    }

    /**
     * The site path a request names, decoded once, or empty when it is not a plain path inside the site:
     * {@code ..} or {@code .} segments (however encoded), backslashes and NUL are refused, not resolved.
     */
    static Optional<String> sitePath(String rawPath) {
        if (rawPath.startsWith("//")) {
            return Optional.empty();  // would parse as a host name, not a path
        }
        String decoded;
        try {
            decoded = URI.create(rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded == null || !decoded.startsWith("/") || decoded.contains("\\") || decoded.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String path = decoded.substring(1);
        if (path.startsWith("/") || path.contains("//")) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        return exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("gzip"));
    }

    private byte[] status() {
        try {
            List<Map<String, Object>> list = problems.get().stream()
                    .map(d -> Map.<String, Object>of("file", d.file().toString(), "line", d.line(),
                            "column", d.column(), "message", d.message(), "text", d.toString()))
                    .toList();
            return json.writeValueAsBytes(Map.of("problems", list));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems as the JSON the live-reload script shows in its overlay. */
    String problemsJson() {
        return new String(status(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        reload.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}
