package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad content that needs more than {@link InvalidSitesTest} checks. Every kind of bad content has a fixture there,
 * under {@code src/test/resources/sites/invalid/}: its exact problem lines, its exit code and an untouched previous
 * site. What stays here is what a fixture cannot express: a slug aimed outside the site is also checked where it
 * points, beyond the temporary folder that a fixture's build can watch.
 */
class ContentErrorsTest {
    @TempDir
    Path temp;
    TestSite site;
    Map<String, String> previousSite;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        site = TestSite.minimal(temp).interview("good", "Q: A good question?\n\nA: A good answer.\n");
        assertThat(site.build().exit()).isZero();
        previousSite = snapshot(site.out());
    }

    /** Builds, expects failure, and returns stderr after checking the exit code and the untouched site. */
    private String failingBuild() throws IOException {
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot(site.out())).isEqualTo(previousSite);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        return run.err();
    }

    private String file(String relative) {
        return site.content().resolve(relative).toString();
    }

    @Test
    void aHostileSlugIsRefusedAndNothingIsWrittenOutsideTheSite() throws IOException {
        site.file("interviews/bad.md", """
                ---
                title: Escape
                date: 2024-01-01
                slug: ../../../etc/evil
                speakers: { A: { name: Ada, role: interviewee } }
                ---
                A: Hi.
                """);
        assertThat(failingBuild()).contains(file("interviews/bad.md")
                + ":4:7: slug '../../../etc/evil' must be lower-case letters, digits and single hyphens");
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("evil"))).isEmpty();
        }
        assertThat(temp.resolve("../etc/evil").normalize()).doesNotExist();
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path) + "@" + Files.getLastModifiedTime(path));
            }
        }
        return files;
    }
}
