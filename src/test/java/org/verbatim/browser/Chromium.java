package org.verbatim.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Selenium, for browser tests and the screenshot script. Tests
 * that need it are skipped where it is not installed, unless {@code VERBATIM_BROWSER_TESTS=required}
 * (set by {@code .ci/run}) makes its absence a failure.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the calling test when Chromium is missing, or fails it where browser tests are required. */
    public static void assumeInstalled() {
        boolean available = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!available && "required".equals(System.getenv("VERBATIM_BROWSER_TESTS"))) {
            throw new IllegalStateException("Chromium and ChromeDriver are required here: apt-get install chromium chromium-driver");
        }
        assumeTrue(available, "Chromium or ChromeDriver is not installed; .ci/run installs them");
    }

    /** A new headless browser with its own profile in {@code profile}, network log on, motion reduced. */
    public static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // Without the background-networking flags Chromium tries to reach Google's hosts at start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--force-prefers-reduced-motion");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * Every URL the browser asked for since the log was last read (reading empties it), from Chromium's DevTools
     * network log, query and fragment removed, less the browser's own pages (its new-tab page loads chrome://
     * resources: no network traffic).
     */
    public static List<String> requestedUrls(ChromeDriver browser) {
        List<String> urls = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    String url = message.path("params").path("request").path("url").asText();
                    if (!url.matches("^(data|about|blob|chrome|chrome-untrusted|chrome-search|devtools):.*")) {
                        urls.add(url.replaceFirst("[?#].*$", ""));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }
}
