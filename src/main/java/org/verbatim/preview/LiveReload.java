package org.verbatim.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-Sent Events to every open preview page: "reload" after a good rebuild, "problems" after a bad one. */
final class LiveReload {
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

    /** Keeps the request open as an event stream; returns at once, the stream lives on. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        clients.add(exchange);
    }

    /** Sends one event to every client, dropping those that have gone away. */
    void send(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        for (HttpExchange client : clients) {
            try {
                client.getResponseBody().write(message);
                client.getResponseBody().flush();
            } catch (IOException gone) {
                clients.remove(client);
                client.close();
            }
        }
    }

    int clients() {
        return clients.size();
    }

    void closeAll() {
        clients.forEach(HttpExchange::close);
        clients.clear();
    }
}
