package org.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.verbatim.browser.Chromium;

/**
 * What readers download from an offline build, measured in headless Chromium from {@code file://}: the largest
 * HTML page that is not an interview's own, and the raw bytes the search page loads for a word found in one
 * passage and for two of the archive's commonest words, with the time from the last keystroke to the results.
 * The words are read from the built index itself, so any archive can be measured.
 */
final class ReaderBytes {
    private ReaderBytes() {
    }

    /** One query: what was typed, how many files and bytes the page loaded, and how long results took. */
    record Query(String words, int files, long bytes, long millis, String status) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\": %d files, %s, results in %d ms (%s)", words, files, kb(bytes),
                    millis, status);
        }
    }

    static String largestListPage(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            Path largest = files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !site.relativize(p).toString().startsWith("interviews/"))
                    .max(Comparator.comparingLong(ReaderBytes::size)).orElseThrow();
            return site.relativize(largest) + " " + kb(size(largest));
        }
    }

    static List<Query> searches(Path site, Path profile) throws IOException {
        List<String[]> terms = termsWithCounts(site);
        String rare = terms.stream().filter(t -> t[1].equals("1") && t[0].matches("[a-z]{5,}")).map(t -> t[0])
                .findFirst().orElseThrow();
        List<String> common = terms.stream().sorted(Comparator.comparingInt((String[] t) -> -Integer.parseInt(t[1])))
                .filter(t -> t[0].matches("[a-z]{4,}")).limit(2).map(t -> t[0]).toList();
        ChromeDriver browser = Chromium.start(profile, 1280, 1000);
        try {
            return List.of(query(browser, site, rare), query(browser, site, String.join(" ", common)));
        } finally {
            browser.quit();
        }
    }

    private static Query query(ChromeDriver browser, Path site, String words) {
        browser.get("about:blank");
        browser.manage().logs().get(LogType.PERFORMANCE);  // reading the log empties it: what follows is this query's
        browser.get(site.resolve("search/index.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElement(By.id("search-form")).getDomAttribute("data-ready") != null);
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys(words);
        long typed = System.nanoTime();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> !b.findElement(By.id("search-status")).getText().isEmpty());
        long millis = (System.nanoTime() - typed) / 1_000_000;
        Set<String> urls = new LinkedHashSet<>(Chromium.requestedUrls(browser));
        long bytes = urls.stream().filter(u -> u.startsWith("file:")).mapToLong(u -> size(Path.of(URI.create(u)))).sum();
        return new Query(words, urls.size(), bytes, millis, browser.findElement(By.id("search-status")).getText());
    }

    /** Every term of the built index with the number of passages it occurs in. */
    private static List<String[]> termsWithCounts(Path site) throws IOException {
        List<String[]> terms = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int s = 0; Files.exists(site.resolve("search/index/s" + s + ".js")); s++) {
            String script = Files.readString(site.resolve("search/index/s" + s + ".js"), StandardCharsets.UTF_8);
            JsonNode shard = json.readTree(script.substring(script.indexOf(',') + 1, script.lastIndexOf(')')));
            for (int i = 0; i < shard.path("terms").size(); i++) {
                String postings = shard.path("postings").get(i).asText();
                long numbers = postings.chars().filter(c -> "0123456789abcdefghijklmnopqrstuv".indexOf(c) >= 0).count();
                terms.add(new String[] {shard.path("terms").get(i).asText(), String.valueOf(numbers / 2)});
            }
        }
        return terms;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
}
