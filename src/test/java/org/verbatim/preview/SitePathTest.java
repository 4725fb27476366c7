package org.verbatim.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How request paths map to site paths: decoded once, and never resolved upwards. */
class SitePathTest {

    @ParameterizedTest
    @CsvSource({"/, ''", "/topics/, topics/", "/interviews/marina-ferrari/, interviews/marina-ferrari/",
            "/assets/css/base.css, assets/css/base.css", "/people/%C3%A9ric/, people/éric/",
            "/%252e%252e/x, %2e%2e/x"})
    void plainPathsAreDecodedOnce(String raw, String site) {
        assertThat(PreviewServer.sitePath(raw)).hasValue(site);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/passwd", "/%2e%2e/etc/passwd", "/a/%2E%2E/%2E%2E/b", "/a/..%2f..%2fb", "//etc/passwd",
            "/a//b", "/./a", "/a/%5c..%5cb", "/a%00b", "relative", "/%zz"})
    void traversalAndOddPathsAreRefused(String raw) {
        assertThat(PreviewServer.sitePath(raw)).isEmpty();
    }
}
