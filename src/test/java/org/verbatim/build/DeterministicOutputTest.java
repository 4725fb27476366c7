package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same content gives byte-identical output, file for file. */
class DeterministicOutputTest {
    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        TestSite first = TestSite.copyOf(Path.of("src/test/resources/corpus"), temp.resolve("one"));
        TestSite second = TestSite.copyOf(Path.of("src/test/resources/corpus"), temp.resolve("two"));
        assertThat(first.build().exit()).isZero();
        assertThat(second.build().exit()).isZero();
        Map<String, byte[]> a = files(first.out());
        Map<String, byte[]> b = files(second.out());
        assertThat(a.keySet()).isEqualTo(b.keySet()).hasSizeGreaterThan(15);
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
