package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.verbatim.bench.CorpusFixture;
import org.verbatim.browser.BrowserTest;
import org.verbatim.build.TestSite;

/**
 * A reader pages through a generated archive of 200 interviews, 8 to a page, from disk ({@code file://}) in
 * headless Chromium: clicking "next" from the home page reaches every interview exactly once, and a topic's
 * pages list each of its passages exactly once.
 */
class PaginationBrowserTest extends BrowserTest {
    @Test
    void clickingNextReachesEveryInterviewAndEveryPassageOfATopicExactlyOnce() throws Exception {
        Path content = CorpusFixture.generate(temp.resolve("archive"), 200).resolve("content");
        TestSite site = TestSite.copyOf(content, temp.resolve("site"))
                .file("site.yaml", Files.readString(content.resolve("site.yaml")) + "pageSize: 8\n");
        assertThat(site.build("--offline").exit()).isZero();
        JsonNode index = new ObjectMapper().readTree(site.out().resolve("index.json").toFile());

        List<String> interviews = collect(site.out().resolve("index.html"), ".entry-title a");
        assertThat(interviews).hasSize(200).doesNotHaveDuplicates()
                .allSatisfy(url -> assertThat(url).startsWith("file:").endsWith("/index.html"));

        JsonNode topic = null;
        for (JsonNode candidate : index.path("topics")) {
            if (topic == null || candidate.path("passageCount").asInt() > topic.path("passageCount").asInt()) {
                topic = candidate;
            }
        }
        assertThat(topic.path("passageCount").asInt()).isGreaterThan(16);
        List<String> passages = collect(site.out().resolve(topic.path("url").asText() + "index.html"), "a.passage-link");
        List<String> expected = new ArrayList<>();
        topic.path("passages").forEach(p -> expected.add(site.out().resolve(p.path("url").asText()
                .replace("#", "index.html#")).toUri().toString().replace("%23", "#")));
        assertThat(passages).doesNotHaveDuplicates().containsExactlyElementsOf(expected);

        browser.get(interviews.get(137));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isNotBlank();
    }

    /** The absolute URLs of {@code selector}'s links on every page of a list, clicking "next" from its first. */
    private List<String> collect(Path firstPage, String selector) {
        browser.get(firstPage.toUri().toString());
        List<String> urls = new ArrayList<>();
        for (int pages = 0; pages < 1000; pages++) {
            browser.findElements(By.cssSelector(selector)).forEach(a -> urls.add(a.getDomProperty("href")));
            List<WebElement> next = browser.findElements(By.cssSelector("a[rel=next]"));
            if (next.isEmpty()) {
                return urls;
            }
            next.get(0).click();
        }
        throw new AssertionError("more than 1000 pages: a loop?");
    }
}
