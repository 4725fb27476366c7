package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.verbatim.browser.BrowserTest;
import org.verbatim.browser.Chromium;
import org.verbatim.browser.StaticSiteServer;
import org.verbatim.build.TestSite;

/**
 * A reader's path through the site in real headless Chromium: home, interview, topic, back to the passage,
 * then a search; once from disk ({@code file://}, offline build) and once from a local web server (web build).
 * The browser's own network log must show no request outside the site.
 */
class BrowserNavigationTest extends BrowserTest {
    /** The seed interview plus a French interview, so that search can prove accent folding. */
    private TestSite site() {
        return TestSite.copyOf(Path.of("content"), temp.resolve("project"))
                .file("interviews/2024-03-05-vent-fr.md", """
                        ---
                        title: « Le vent tourne »
                        date: 2024-03-05
                        language: fr
                        speakers:
                          Q: { name: La Gazette, role: interviewer }
                          R: { name: Jeanne Martin, role: interviewee }
                        ---
                        Q: Les éoliennes en mer sont-elles rentables ?

                        R: Oui, et la souveraineté énergétique en dépend.
                        """);
    }

    @Test
    void aReaderFindsTheirWayFromDiskWithNoNetwork() {
        TestSite site = site();
        assertThat(site.build("--offline").exit()).isZero();
        String root = site.out().toUri().toString();
        walkThrough(root + "index.html", root);
    }

    @Test
    void aReaderFindsTheirWayOnAWebServer() throws Exception {
        TestSite site = site();
        assertThat(site.build().exit()).isZero();
        try (StaticSiteServer server = new StaticSiteServer(site.out())) {
            walkThrough(server.url(), server.url());
        }
    }

    private void walkThrough(String home, String siteRoot) {
        browser.get(home);
        assertThat(browser.getTitle()).isEqualTo("La Tribune — Interviews");

        browser.findElement(By.linkText("“Mistral becomes a real option for OpenAI on Microsoft’s cloud”")).click();
        assertThat(browser.getCurrentUrl()).contains("interviews/marina-ferrari/");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).startsWith("“Mistral becomes");
        assertThat(browser.findElements(By.cssSelector(".turn"))).hasSize(6);

        browser.findElement(By.cssSelector("#t5 .passage-topics a[href*='sovereignty']")).click();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("European digital sovereignty");

        List<WebElement> passages = browser.findElements(By.cssSelector("a.passage-link"));
        assertThat(passages).hasSize(3);
        passages.get(1).click();
        assertThat(browser.getCurrentUrl()).endsWith("#t5");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id"))
                .isEqualTo("t5");

        browser.findElement(By.cssSelector("nav.site-nav a[href*='search']")).click();
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys("souverainete");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> !b.findElements(By.cssSelector("#search-results li")).isEmpty());
        WebElement result = browser.findElement(By.cssSelector("#search-results li"));
        assertThat(result.findElement(By.cssSelector("a")).getText()).isEqualTo("« Le vent tourne »");
        assertThat(result.findElement(By.cssSelector("mark")).getText()).isEqualTo("souveraineté");
        assertThat(result.findElement(By.cssSelector(".search-result-meta")).getText()).startsWith("Jeanne Martin");
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("1 passage");

        input.clear();
        input.sendKeys("Capgemini");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElements(By.cssSelector("#search-results li"))
                .stream().anyMatch(li -> li.getText().contains("Marina Ferrari")));
        browser.findElement(By.cssSelector("#search-results li a")).click();
        assertThat(browser.getCurrentUrl()).contains("interviews/marina-ferrari/").endsWith("#t4");

        assertThat(Chromium.requestedUrls(browser)).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(siteRoot));
    }


}
