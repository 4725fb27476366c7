package org.verbatim.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test that drives one headless Chromium per test method, 1280 × 1000, with its profile in the test's
 * temporary folder; skipped where Chromium is not installed (see {@link Chromium#assumeInstalled}).
 */
public abstract class BrowserTest {
    @TempDir
    protected Path temp;
    protected ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        Chromium.assumeInstalled();
        browser = Chromium.start(temp.resolve("profile"), 1280, 1000);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
