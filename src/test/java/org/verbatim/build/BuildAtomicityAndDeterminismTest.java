package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.bench.CorpusFixture;

/**
 * Builds in JVMs of their own: the output does not depend on how many threads render it, and a build killed
 * with SIGKILL at any moment leaves the previous site whole.
 */
class BuildAtomicityAndDeterminismTest {
    @TempDir
    static Path temp;
    static Path content;

    @BeforeAll
    static void generateAnArchive() throws IOException {
        content = CorpusFixture.generate(temp.resolve("archive"), 150).resolve("content");
    }

    private static String[] build(Path out) {
        return new String[] {"build", "--quiet", "--content=" + content, "--templates=" + TestSite.THEME, "--out=" + out,
                "--cache-dir=" + temp.resolve("cache")};
    }

    /**
     * Saves an interview again with the same bytes: the next build cannot find the site up to date and goes the
     * whole way (reading, keeping files, the swap), which is what a kill must be able to interrupt anywhere.
     */
    private static void touchASource() throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("interviews"))) {
            Path interview = files.sorted().findFirst().orElseThrow();
            Files.write(interview, Files.readAllBytes(interview));
        }
    }

    @Test
    void oneThreadOrManyGiveByteIdenticalSites() throws Exception {
        Path one = temp.resolve("one-thread");
        Path many = temp.resolve("four-threads");
        assertThat(SeparateJvm.start(List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"), build(one))
                .waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(SeparateJvm.start(List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=4"), build(many))
                .waitFor(120, TimeUnit.SECONDS)).isTrue();
        Map<String, String> a = digests(one);
        assertThat(a).hasSizeGreaterThan(300);
        assertThat(digests(many)).isEqualTo(a);
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteWhole() throws Exception {
        Path site = temp.resolve("site");
        Process first = SeparateJvm.start(List.of(), build(site));
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        Map<String, String> previous = digests(site);
        int killedMidway = 0;
        for (long delay : new long[] {150, 400, 700, 1000, 1400, 2000, 3000}) {
            touchASource();
            Process build = SeparateJvm.start(List.of(), build(site));
            Thread.sleep(delay);
            build.destroyForcibly();
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killedMidway += build.exitValue() == 0 ? 0 : 1;
            if (Files.exists(site)) {
                // The same content builds to the same bytes, so a build that finished first changes nothing either.
                assertThat(digests(site)).as("after SIGKILL at %d ms", delay).isEqualTo(previous);
            } else {
                // Killed between the two renames of the swap: the old site waits beside, whole, for the next run.
                try (Stream<Path> siblings = Files.list(temp)) {
                    Path aside = siblings.filter(p -> p.getFileName().toString().startsWith(".site.previous-"))
                            .findFirst().orElseThrow();
                    assertThat(digests(aside)).isEqualTo(previous);
                }
            }
        }
        assertThat(killedMidway).as("builds killed before they finished").isGreaterThanOrEqualTo(3);
        org.verbatim.output.StagedOutput.recover(site);
        assertThat(digests(site)).isEqualTo(previous);
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")))
                    .as("nothing beside the site but its spare").containsOnly(".site.spare");
        }
    }

    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }
}
