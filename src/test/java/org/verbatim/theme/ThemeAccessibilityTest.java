package org.verbatim.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.verbatim.browser.Chromium;
import org.verbatim.browser.StaticSiteServer;
import org.verbatim.build.TestSite;

/**
 * axe-core finds no WCAG 2.2 A/AA violation on any kind of page of the default theme, in light and in dark
 * mode: home, interview (with a recording too, opened at a moment so that a turn is marked as spoken), topic
 * index, topic, people, person, search (with results shown), and later pages of paginated lists (the example
 * content and a second interview, one item to a page).
 */
class ThemeAccessibilityTest {
    private static final List<String> PAGES = List.of("", "page/2/", "interviews/marina-ferrari/",
            "interviews/crito-opening/", "interviews/crito-opening/#t=00:12", "topics/",
            "topics/mistral-ai/", "people/", "people/page/2/", "people/marina-ferrari/", "search/?q=mistral", "404.html");

    @TempDir
    static Path temp;
    static StaticSiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void serveTheSeedSite() throws Exception {
        Chromium.assumeInstalled();
        TestSite site = TestSite.copyOf(Path.of("content"), temp.resolve("project"))
                .file("site.yaml", java.nio.file.Files.readString(Path.of("content/site.yaml")) + "pageSize: 1\n")
                .file("interviews/2024-03-05-second.md", """
                        ---
                        title: A second interview
                        date: 2024-03-05
                        speakers:
                          Q: { name: The Paper, role: interviewer }
                          A: { name: Jeanne Martin, role: interviewee }
                        ---
                        Q: A question about Mistral?

                        A: An answer.
                        """);
        assertThat(site.build().exit()).isZero();
        server = new StaticSiteServer(site.out());
        browser = Chromium.start(temp.resolve("profile"), 1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} mode")
    @ValueSource(strings = {"light", "dark"})
    void everyKindOfPageHasNoAxeViolations(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        List<String> violations = new ArrayList<>();
        for (String page : PAGES) {
            browser.get(server.url() + page);
            if (page.startsWith("search/")) {
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(b -> !b.findElements(By.cssSelector("#search-results li")).isEmpty());
            }
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                    .analyze(browser);
            assertThat(results.getPasses()).as(page).isNotEmpty();
            for (Rule rule : results.getViolations()) {
                rule.getNodes().forEach(node -> violations.add(scheme + " /" + page + ": " + rule.getId() + " — "
                        + rule.getHelp() + " at " + node.getTarget() + " " + node.getHtml()));
            }
        }
        assertThat(violations).isEmpty();
    }
}
