package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.verbatim.bench.CorpusFixture;
import org.verbatim.browser.BrowserTest;
import org.verbatim.browser.Chromium;
import org.verbatim.build.TestSite;

/**
 * Search over a generated archive of 300 interviews from disk ({@code file://}, offline build) in headless
 * Chromium: a word that occurs in one passage only is found and its result opens that passage; two common words
 * give results. Only the parts of the index a query needs are loaded, counted from the browser's own log.
 */
class ArchiveSearchBrowserTest extends BrowserTest {
    private static final String RARE = "quetzalcoatlus";

    @Test
    void aRareWordOpensItsOnePassageAndCommonWordsGiveResults() throws Exception {
        Path content = CorpusFixture.generate(temp.resolve("archive"), 300).resolve("content");
        Path chosen = content.resolve("interviews/interview-123.md");
        String text = Files.readString(chosen);
        int answer = text.indexOf("\nA: ", text.indexOf("\n---\n", 4));
        Files.writeString(chosen, text.substring(0, answer + 4) + "The " + RARE + " flew over the ΟΔΟΣ, breathing CO₂. " + text.substring(answer + 4));
        TestSite site = TestSite.copyOf(content, temp.resolve("site"));
        assertThat(site.build("--offline").exit()).isZero();
        Path searchPage = site.out().resolve("search/index.html");

        Set<String> rare = query(searchPage, RARE);
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("1 passage");
        assertThat(browser.findElement(By.cssSelector("#search-results mark")).getText()).isEqualTo(RARE);
        long rareBytes = bytes(rare);
        assertThat(rareBytes).as(rare.toString()).isLessThan(1_000_000);
        assertThat(rare.stream().filter(url -> url.contains("/search/index/s"))).hasSize(1);
        assertThat(rare.stream().filter(url -> url.contains("/search/index/f"))).hasSize(1);

        browser.findElement(By.cssSelector("#search-results a")).click();
        assertThat(browser.getCurrentUrl()).contains("interviews/interview-123/index.html#t");
        String target = (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').textContent");
        assertThat(target).contains(RARE);

        // The browser folds a query as the index folds the text: compatibility forms, accents, final sigma.
        for (String[] folded : new String[][] {{"co2", "CO₂"}, {"CO₂", "CO₂"}, {"οδος", "ΟΔΟΣ"}, {"ΟΔΟΣ", "ΟΔΟΣ"}}) {
            query(searchPage, folded[0]);
            assertThat(browser.findElement(By.id("search-status")).getText()).as(folded[0]).isEqualTo("1 passage");
            assertThat(browser.findElement(By.cssSelector("#search-results mark")).getText()).isEqualTo(folded[1]);
        }

        Set<String> common = query(searchPage, "your way");
        assertThat(browser.findElements(By.cssSelector("#search-results li")).size()).isBetween(2, 20);
        assertThat(browser.findElement(By.id("search-status")).getText()).matches("\\d+ passages");
        assertThat(bytes(common)).isLessThan(4_000_000);
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(site.out().resolve("search/index/manifest.js"))
                .replaceFirst("^verbatimSearch\\.manifest\\(", "").replaceFirst("\\);\\s*$", ""));
        assertThat(common.stream().filter(url -> url.contains("/search/index/s")).count())
                .isLessThan(manifest.path("shards").size());
    }

    /** Types the query on a fresh search page; the files the browser loaded until the results showed. */
    private Set<String> query(Path searchPage, String words) {
        browser.get(searchPage.toUri().toString());
        browser.manage().logs().get(LogType.PERFORMANCE);  // starts the count afresh
        browser.get(searchPage.toUri() + "?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> !b.findElement(By.id("search-status")).getText().isEmpty());
        Set<String> urls = new LinkedHashSet<>(Chromium.requestedUrls(browser));
        return urls;
    }

    /** What the files add up to on disk: raw bytes, nothing compressed. */
    private static long bytes(Set<String> urls) throws Exception {
        long total = 0;
        for (String url : urls) {
            if (url.startsWith("file:")) {
                total += Files.size(Path.of(URI.create(url)));
            }
        }
        return total;
    }
}
