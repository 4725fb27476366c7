package org.verbatim.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.BuildOptions;
import org.verbatim.build.TestSite;

/**
 * {@code serve} end to end over a temporary copy of a content folder: fetch, edit, reload event, new text;
 * a broken file keeps the last good page and sends the problems; the fix clears them.
 */
class PreviewServerTest {
    @TempDir
    Path temp;
    private Preview preview;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private Path interview;

    @BeforeEach
    void startPreview() throws Exception {
        TestSite site = TestSite.copyOf(Path.of("src/test/resources/corpus"), temp);
        site.build();  // writes the content folder (and a site we do not use)
        interview = site.content().resolve("interviews/2024-05-01-energy.md");
        BuildOptions options = new BuildOptions(site.content(), TestSite.THEME, temp.resolve("unused"), true, false, null);
        preview = Preview.start(options, "127.0.0.1", 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        listenForEvents();
    }

    @AfterEach
    void stopPreview() throws Exception {
        preview.close();
    }

    private void listenForEvents() throws Exception {
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(url("__verbatim/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String event = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ") && event != null) {
                        events.add(event + " " + line.substring(6));
                        event = null;
                    }
                }
            } catch (java.io.IOException closed) {
                // the server closed the stream when the test ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
    }

    private URI url(String path) {
        return preview.url().resolve(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String nextEvent() throws InterruptedException {
        String event = events.poll(15, TimeUnit.SECONDS);
        assertThat(event).as("an event within 15 s").isNotNull();
        return event;
    }

    @Test
    void anEditReloadsTheBrowserAndABrokenFileKeepsTheLastGoodPage() throws Exception {
        HttpResponse<String> page = get("interviews/energy/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("wind farm off the coast").contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("/__verbatim/live.js");

        Files.writeString(interview, Files.readString(interview).replace("off the coast", "far out at sea"));
        assertThat(nextEvent()).startsWith("reload ");
        assertThat(get("interviews/energy/").body()).contains("wind farm far out at sea").doesNotContain("off the coast");

        String good = Files.readString(interview);
        Files.writeString(interview, good + "\nA: A new note.[^missing]\n");
        String problems = nextEvent();
        assertThat(problems).startsWith("problems ").contains("2024-05-01-energy.md:22:15: footnote [^missing] has no definition");
        assertThat(get("interviews/energy/").body()).contains("wind farm far out at sea");
        assertThat(get("__verbatim/status").body()).contains("footnote [^missing] has no definition");

        Files.writeString(interview, good);
        assertThat(nextEvent()).startsWith("reload ");
        assertThat(get("__verbatim/status").body()).isEqualTo("{\"problems\":[]}");
    }

    @Test
    void draftsAreServedWithABanner() throws Exception {
        Files.writeString(temp.resolve("content/interviews/draft.md"), """
                ---
                title: Not yet
                date: 2024-06-01
                draft: true
                speakers: { A: { name: Ada Lovelace, role: interviewee } }
                ---
                A: Work in progress.
                """);
        assertThat(nextEvent()).startsWith("reload ");
        String page = get("interviews/draft/").body();
        assertThat(page).contains("<p class=\"draft-banner\" role=\"note\">Draft — not published</p>");
        assertThat(get("robots.txt").body()).isEqualTo("User-agent: *\nDisallow: /\n");
    }

    @Test
    void anEditRerendersOnlyTheAffectedPages() throws Exception {
        int everything = preview.lastUpdate().rendered().size();
        Files.writeString(interview, Files.readString(interview).replace("off the coast", "near the coast"));
        assertThat(nextEvent()).startsWith("reload ");
        List<String> rendered = preview.lastUpdate().rendered();
        List<String> deferred = preview.lastUpdate().deferred();
        assertThat(rendered).containsExactlyInAnyOrder("interviews/energy/index.html", "interviews/energy/interview.json");
        assertThat(deferred).contains("topics/wind-power/index.html", "people/ada-lovelace/index.html", "index.html",
                "search/index/", "index.json");
        assertThat(deferred).doesNotContain("interviews/mistral/index.html", "interviews/fishing/index.html",
                "topics/fisheries/index.html", "people/grace-hopper/index.html", "404.html");
        assertThat(rendered.size() + deferred.size()).isLessThan(everything);
        // Deferred pages are rendered from the edited content when asked for, and then kept.
        assertThat(get("search/index/f0.js").body()).contains("near the coast").doesNotContain("off the coast");
        assertThat(get("index.json").body()).contains("\"energy\"");
        Files.writeString(interview, Files.readString(interview).replace("near the coast", "along the coast"));
        assertThat(nextEvent()).startsWith("reload ");
        assertThat(preview.lastUpdate().deferred()).contains("search/index/", "topics/wind-power/index.html");
        assertThat(get("search/index/f0.js").body()).contains("along the coast");
        assertThat(get("topics/wind-power/").body()).contains("along the coast");
    }

    @Test
    void anEditorsSavePatternCausesOneRebuild() throws Exception {
        int before = preview.rebuilds();
        String text = Files.readString(interview).replace("off the coast", "by the coast");
        Path scratch = interview.resolveSibling(".2024-05-01-energy.md.swp");
        Files.writeString(scratch, text);
        Files.writeString(interview.resolveSibling("2024-05-01-energy.md~"), "backup");
        Files.move(scratch, interview, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.setLastModifiedTime(interview, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        assertThat(nextEvent()).startsWith("reload ");
        Thread.sleep(500);
        assertThat(events).isEmpty();
        assertThat(preview.rebuilds() - before).isEqualTo(1);
        assertThat(get("interviews/energy/").body()).contains("by the coast");
    }

    @Test
    void pathsOutsideTheSiteAreNeverServed() throws Exception {
        Files.writeString(temp.resolve("secret.txt"), "top secret");
        Path assets = TestSite.THEME.resolve("assets");
        assertThat(assets).isDirectory();
        for (String attempt : List.of("../secret.txt", "%2e%2e/secret.txt", "%2E%2E%2Fsecret.txt", "..%2fsecret.txt",
                "interviews/%2e%2e/%2e%2e/secret.txt", "%252e%252e/secret.txt", "/" + temp.resolve("secret.txt"),
                "assets/..%5c..%5csecret.txt", "interviews/energy/%00")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(preview.url() + attempt)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(attempt).isIn(400, 403, 404);
            assertThat(response.body()).as(attempt).doesNotContain("top secret");
        }
        assertThat(get("no/such/page").statusCode()).isEqualTo(404);
        assertThat(get("no/such/page").body()).contains("Page not found");
    }

    @Test
    void aSymlinkInTheThemePointingOutsideIsNotServed(@TempDir Path other) throws Exception {
        Path theme = TestSite.copyTheme(other.resolve("theme"));
        Files.writeString(other.resolve("secret.txt"), "top secret");
        Files.createSymbolicLink(theme.resolve("assets/leak.txt"), other.resolve("secret.txt"));
        BuildOptions options = new BuildOptions(temp.resolve("content"), theme, other.resolve("unused"), true, false, null);
        try (Preview second = Preview.start(options, "127.0.0.1", 0, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(second.url().resolve("assets/leak.txt")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("top secret");
        }
    }

    @Test
    void filesAreServedWithTheirContentTypes() throws Exception {
        assertThat(get("").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(get("assets/css/base.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("index.json").headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(get("feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(get("search/index/manifest.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("__verbatim/live.js").body()).contains("EventSource('/__verbatim/events')");
        HttpResponse<String> folder = http.send(HttpRequest.newBuilder(url("topics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/topics/");
    }

    @Test
    void pagesAreSentGzippedToClientsThatTakeIt() throws Exception {
        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(url("interviews/energy/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String page = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(page).isEqualTo(get("interviews/energy/").body()).contains("wind farm off the coast");
        assertThat(get("interviews/energy/").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void manyConcurrentRequestsAreAllAnswered() throws Exception {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = List.of("", "interviews/energy/", "topics/", "assets/css/base.css").get(i % 4);
            requests.add(http.sendAsync(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var request : requests) {
            assertThat(request.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }
}
