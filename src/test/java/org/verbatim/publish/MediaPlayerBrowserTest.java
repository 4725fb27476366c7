package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.verbatim.browser.BrowserTest;
import org.verbatim.build.TestSite;

/**
 * The offline build from disk ({@code file://}) in headless Chromium, with a recording the test makes (a minute of
 * silence as WAV): a turn's time seeks there, the turn being spoken is marked, {@code #t=} in the address seeks,
 * a reader's scroll stops the page following the speaker, and without JavaScript the times are links into the
 * recording.
 */
class MediaPlayerBrowserTest extends BrowserTest {
    private static final int[] STARTS = {0, 6, 12, 20, 31, 40, 52};

    /** {@code seconds} of silence: 8 kHz, 8-bit mono PCM in a RIFF/WAVE file. */
    private static byte[] silence(int seconds) {
        int rate = 8000;
        int samples = rate * seconds;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate).putShort((short) 1)
                .putShort((short) 8).put("data".getBytes()).putInt(samples);
        ByteArrayOutputStream wav = new ByteArrayOutputStream(44 + samples);
        wav.writeBytes(header.array());
        byte[] quiet = new byte[samples];
        java.util.Arrays.fill(quiet, (byte) 128);
        wav.writeBytes(quiet);
        return wav.toByteArray();
    }

    private String page() {
        StringBuilder body = new StringBuilder("""
                ---
                title: A timed interview
                date: 2025-01-02
                media: media/talk.wav
                speakers:
                  Q: { name: The Paper, role: interviewer }
                  A: { name: Ada Lovelace, role: interviewee }
                ---

                """);
        for (int i = 0; i < STARTS.length; i++) {
            body.append(i % 2 == 0 ? "Q" : "A").append(String.format(" [00:%02d]: ", STARTS[i]));
            body.append("A long answer about the harbour and the storm. ".repeat(40)).append("\n\n");
        }
        TestSite site = TestSite.minimal(temp.resolve("project")).bytes("media/talk.wav", silence(60))
                .file("interviews/timed.md", body.toString());
        assertThat(site.build("--offline").exit()).isZero();
        return site.out().resolve("interviews/timed/index.html").toUri().toString();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private double currentTime() {
        return ((Number) js("return document.querySelector('.player audio').currentTime")).doubleValue();
    }

    private void waitFor(String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(js("return " + condition)));
    }

    @Test
    void theRecordingFollowsTheTranscriptFromDisk() throws InterruptedException {
        String page = page();
        browser.get(page);
        waitFor("document.querySelector('.player audio').readyState >= 1");

        // Without JavaScript a time is a link into the recording at that moment.
        assertThat(browser.findElement(By.cssSelector("#t3 a.turn-time")).getAttribute("href")).endsWith("talk.wav#t=12");

        browser.findElement(By.cssSelector("#t3 a.turn-time")).click();
        js("document.querySelector('.player audio').pause()");
        assertThat(currentTime()).isCloseTo(STARTS[2], org.assertj.core.data.Offset.offset(0.25));

        js("document.querySelector('.player audio').currentTime = " + (STARTS[3] + 2));
        waitFor("document.getElementById('t4').getAttribute('aria-current') === 'true'");
        assertThat(browser.findElements(By.cssSelector("[aria-current='true']"))).hasSize(1);
        // The turn being spoken stands out by more than colour, in light and dark mode and in forced colours.
        for (var features : java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "light"),
                java.util.Map.of("name", "prefers-color-scheme", "value", "dark"),
                java.util.Map.of("name", "forced-colors", "value", "active"))) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "screen",
                    "features", java.util.List.of(features)));
            String spoken = (String) js("var s = getComputedStyle(document.getElementById('t4'));"
                    + " return s.borderLeftStyle + ' ' + parseFloat(s.borderLeftWidth) + ' ' + s.borderLeftColor");
            String other = (String) js("var s = getComputedStyle(document.getElementById('t3'));"
                    + " return s.borderLeftStyle + ' ' + parseFloat(s.borderLeftWidth)");
            assertThat(spoken).as("%s", features).startsWith("solid ").doesNotContain("rgba(0, 0, 0, 0)");
            assertThat(Double.parseDouble(spoken.split(" ")[1])).as("%s", features).isGreaterThanOrEqualTo(4);
            assertThat(other).as("%s", features).isNotEqualTo(spoken.substring(0, other.length()));
        }

        browser.get("about:blank");
        browser.get(page + "#t=00:00:33");
        waitFor("document.querySelector('.player audio').readyState >= 1");
        waitFor("Math.abs(document.querySelector('.player audio').currentTime - 33) < 0.25");
        assertThat((Boolean) js("return document.querySelector('.player audio').paused")).as("seeked, not playing").isTrue();
        waitFor("document.getElementById('t5').getAttribute('aria-current') === 'true'");

        assertThat(browser.findElement(By.cssSelector(".player")).getAttribute("data-following")).isEqualTo("true");
        Thread.sleep(400);  // past the page's own scroll to the speaker
        js("window.scrollBy(0, 400)");
        waitFor("document.querySelector('.player').getAttribute('data-following') === 'false'");
        assertThat(browser.findElement(By.cssSelector(".player-follow")).isDisplayed()).isTrue();
        browser.findElement(By.cssSelector(".player-follow")).click();
        assertThat(browser.findElement(By.cssSelector(".player")).getAttribute("data-following")).isEqualTo("true");
    }
}
