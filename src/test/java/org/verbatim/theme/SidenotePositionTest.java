package org.verbatim.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.browser.Chromium;
import org.verbatim.build.TestSite;

/** Footnotes are sidenotes beside the text that cites them on a wide screen, and numbered endnotes on a phone. */
class SidenotePositionTest {
    @TempDir
    Path temp;
    private ChromeDriver browser;
    private String page;

    @BeforeEach
    void build() {
        Chromium.assumeInstalled();
        TestSite site = TestSite.copyOf(Path.of("content"), temp.resolve("project"));
        assertThat(site.build("--offline").exit()).isZero();
        page = site.out().resolve("interviews/marina-ferrari/index.html").toUri().toString();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** For each note reference: its box, its sidenote's box and its paragraph's box, as the browser laid them out. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> layout() {
        return (List<Map<String, Object>>) browser.executeScript("""
                return [...document.querySelectorAll('a[role=doc-noteref]')].filter(ref => {
                  return document.getElementById(ref.getAttribute('href').slice(1) + '-side') !== null;
                }).map(ref => {
                  const side = document.getElementById(ref.getAttribute('href').slice(1) + '-side');
                  const text = ref.closest('p').getBoundingClientRect();
                  const box = side.getBoundingClientRect();
                  const r = ref.getBoundingClientRect();
                  return {sideLeft: box.left, sideTop: box.top, sideBottom: box.bottom, sideWidth: box.width, sideVisible: getComputedStyle(side).display !== 'none',
                          textRight: text.right, textTop: text.top, textBottom: text.bottom, refTop: r.top};
                });
                """);
    }

    @Test
    void onAWideScreenEachNoteSitsInTheMarginBesideTheParagraphThatCitesIt() {
        browser = Chromium.start(temp.resolve("profile"), 1440, 1200);
        browser.get(page);
        List<Map<String, Object>> notes = layout();
        assertThat(notes).hasSize(5);
        double previousBottom = Double.NEGATIVE_INFINITY;
        for (Map<String, Object> note : notes) {
            assertThat(note.get("sideVisible")).isEqualTo(true);
            assertThat(number(note, "sideLeft")).as("beside, right of the text").isGreaterThanOrEqualTo(number(note, "textRight"));
            assertThat(number(note, "sideWidth")).isGreaterThan(150);
            double top = number(note, "sideTop");
            assertThat(top).as("not above its paragraph").isGreaterThanOrEqualTo(number(note, "textTop") - 40);
            // Level with its paragraph, unless the note before it, in the same margin, pushed it down.
            assertThat(top <= number(note, "textBottom") || top <= previousBottom + 40)
                    .as("note at %.0f beside paragraph %.0f–%.0f, previous note ending at %.0f", top,
                            number(note, "textTop"), number(note, "textBottom"), previousBottom).isTrue();
            previousBottom = number(note, "sideBottom");
        }
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.endnotes')).display")).isEqualTo("none");
    }

    @Test
    void onAPhoneTheNotesAreNumberedEndnotes() {
        browser = Chromium.start(temp.resolve("profile"), 375, 800);
        browser.get(page);
        assertThat(layout()).allSatisfy(note -> assertThat(note.get("sideVisible")).isEqualTo(false));
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.endnotes')).display")).isNotEqualTo("none");
        assertThat(browser.executeScript("return document.querySelectorAll('.endnotes li').length")).isEqualTo(5L);
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.endnotes ol')).listStyleType"))
                .isEqualTo("decimal");
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
