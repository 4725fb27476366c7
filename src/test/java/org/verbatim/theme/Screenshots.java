package org.verbatim.theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verbatim.browser.Chromium;
import org.verbatim.build.TestSite;

/**
 * Screenshots of the seed interview at 375, 768 and 1440 px and in print emulation, full page, for reviewing
 * the theme: {@code scripts/screenshots} runs this and leaves the PNGs in {@code target/screenshots}.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots").toAbsolutePath();
        Path work = Files.createTempDirectory("verbatim-screenshots");
        TestSite site = TestSite.copyOf(Path.of("content"), work.resolve("project"));
        if (site.build("--offline").exit() != 0) {
            throw new IllegalStateException("the seed site does not build");
        }
        String page = site.out().resolve("interviews/marina-ferrari/index.html").toUri().toString();
        Files.createDirectories(out);
        for (int width : List.of(375, 768, 1440)) {
            shoot(work, page, width, "screen", out.resolve("interview-" + width + ".png"));
        }
        shoot(work, page, 800, "print", out.resolve("interview-print.png"));
        System.out.println("Screenshots in " + out);
    }

    private static void shoot(Path work, String page, int width, String media, Path file) throws Exception {
        ChromeDriver browser = Chromium.start(work.resolve("profile-" + width + media), width, 1000);
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
            browser.get(page);
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            browser.quit();
        }
    }
}
