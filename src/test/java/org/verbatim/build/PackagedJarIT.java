package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/verbatim.jar}, run as users run it, on names in ten scripts. The jar leaves out
 * ICU data that transliteration never reads; this proves it still has everything transliteration does.
 */
class PackagedJarIT {
    @TempDir
    Path temp;

    @Test
    void thePackagedJarTransliteratesNamesInEveryScript() throws Exception {
        TestSite site = NamesInEveryScriptTest.fiveScripts(temp, "")
                .file("interviews/2021-06-02-more.md", """
                        ---
                        title: More scripts
                        date: 2021-06-02
                        speakers:
                          Q: { name: สมชาย ใจดี, role: interviewer }
                          A: { name: 山田太郎, role: interviewee }
                          B: { name: דוד כהן, role: other }
                          C: { name: 김민준, role: other }
                          D: { name: राहुल शर्मा, role: other }
                        ---
                        Q: Hi?

                        A: Yes.

                        B: Yes.

                        C: Yes.

                        D: Yes.
                        """);
        site.write();
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/verbatim.jar").toAbsolutePath().toString(), "build", "--quiet",
                "--content=" + site.content(), "--templates=" + TestSite.THEME, "--out=" + site.out())
                .redirectErrorStream(true).start();
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.exitValue()).as(output).isZero();
        try (Stream<Path> people = Files.list(site.out().resolve("people"))) {
            List<String> slugs = people.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertThat(slugs).contains("zhang-wei", "zhang-wei-2", "mikhail-gorbachev", "lukasz-kowalczyk",
                    "giorgos-papadopoulos", "elise-vidal");
            assertThat(slugs).hasSize(12).allMatch(slug -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                    .noneMatch(slug -> slug.startsWith("person-"));
        }
    }
}
