package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.bench.CorpusFixture;

/**
 * A heap too small for the archive: one line that says so and how to give the JVM more, exit code 3, the
 * previous site as it was and no staging folder left behind — never a stack trace.
 */
class OutOfMemoryTest {
    @TempDir
    Path temp;

    @Test
    void runningOutOfMemoryIsOneLineAndLeavesThePreviousSiteAsItWas() throws Exception {
        Path content = CorpusFixture.generate(temp.resolve("archive"), 300).resolve("content");
        Path site = temp.resolve("site");
        String[] build = {"build", "--quiet", "--content=" + content, "--templates=" + TestSite.THEME, "--out=" + site};
        assertThat(SeparateJvm.run(List.of("-Xmx512m"), build).exit()).isZero();
        byte[] home = Files.readAllBytes(site.resolve("index.html"));

        Files.writeString(content.resolve("site.yaml"), "title: Changed\n");
        TestSite.Run starved = SeparateJvm.run(List.of("-Xmx16m"), build);

        assertThat(starved.exit()).as(starved.out()).isEqualTo(3);
        assertThat(starved.out().strip()).matches("verbatim: out of memory \\(the Java heap is \\d+ MB\\); the site was"
                + " not changed\\. Give it more, e\\.g\\. VERBATIM_JAVA_OPTS=-Xmx\\d+g \\./verbatim build");
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(home);
        try (Stream<Path> beside = Files.list(temp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("archive", "site");
        }
    }
}
