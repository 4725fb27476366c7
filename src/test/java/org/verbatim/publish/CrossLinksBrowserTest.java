package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.verbatim.browser.BrowserTest;
import org.verbatim.build.TestSite;

/**
 * From disk ({@code file://}, offline build) in headless Chromium: links between interviews land on the other
 * interview's page, not on a folder listing; person pages whose slugs are transliterated or kept in their own
 * script open.
 */
class CrossLinksBrowserTest extends BrowserTest {
    @Test
    void linksBetweenInterviewsOpenTheOtherInterviewFromDisk() {
        TestSite site = org.verbatim.build.InterviewLinksTestSites.linked(temp.resolve("project"));
        assertThat(site.build("--offline").exit()).isZero();
        String page = site.out().resolve("interviews/ferrari/index.html").toUri().toString();

        browser.get(page);
        browser.findElement(By.cssSelector(".related a")).click();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Offshore wind and the fishermen");
        assertThat(browser.getCurrentUrl()).endsWith("interviews/yannick-le-goff/index.html");

        browser.get(page);
        browser.findElement(By.linkText("Yannick Le Goff said")).click();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Offshore wind and the fishermen");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id"))
                .isEqualTo("t2");
    }

    @Test
    void personPagesOpenFromDiskWhetherTheirSlugsAreTransliteratedOrNot() {
        TestSite unicode = org.verbatim.build.InterviewLinksTestSites.fiveScripts(temp.resolve("unicode"), "slugs: unicode\n");
        assertThat(unicode.build("--offline").exit()).isZero();
        browser.get(unicode.out().resolve("people/index.html").toUri().toString());
        browser.findElement(By.linkText("张伟")).click();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("张伟");
        assertThat(browser.getCurrentUrl()).contains("people/%E5%BC%A0%E4%BC%9F/index.html");

        TestSite ascii = org.verbatim.build.InterviewLinksTestSites.fiveScripts(temp.resolve("ascii"), "");
        assertThat(ascii.build("--offline").exit()).isZero();
        browser.get(ascii.out().resolve("people/index.html").toUri().toString());
        browser.findElement(By.linkText("Михаил Горбачёв")).click();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Михаил Горбачёв");
        assertThat(browser.getCurrentUrl()).endsWith("people/mikhail-gorbachev/index.html");
    }
}
