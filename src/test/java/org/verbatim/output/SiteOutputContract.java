package org.verbatim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SiteOutput} promises, run against each one by a subclass: the disk's and memory's outputs hold
 * the same files after the same writes.
 */
abstract class SiteOutputContract {
    @TempDir
    Path temp;

    /** A new, empty output. */
    abstract SiteOutput open() throws IOException;

    /** Everything {@code output} holds once finished (committed, snapshotted): path to bytes. */
    abstract Map<String, byte[]> finish(SiteOutput output) throws IOException;

    private Map<String, String> texts(SiteOutput output) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        finish(output).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    @Test
    void holdsWhatWasWrittenWithPathsNormalised() throws IOException {
        SiteOutput output = open();
        output.write("index.html", "home".getBytes(StandardCharsets.UTF_8));
        output.write("interviews/é-ü/index.html", out -> out.write("streamed ünïcode".getBytes(StandardCharsets.UTF_8)));
        output.write("a/./b/../c.html", "normalised".getBytes(StandardCharsets.UTF_8));
        output.write("empty.txt", new byte[0]);
        assertThat(texts(output)).containsExactlyEntriesOf(new TreeMap<>(Map.of("index.html", "home",
                "interviews/é-ü/index.html", "streamed ünïcode", "a/c.html", "normalised", "empty.txt", "")));
    }

    @Test
    void keepsNothingWithoutAPreviousSiteAndRefusesPathsThatLeaveIt() throws IOException {
        SiteOutput output = open();
        assertThat(output.keepPrevious("index.html")).isFalse();
        assertThatThrownBy(() -> output.keepPrevious("../evil.html")).isInstanceOf(OutsideOutputException.class);
        output.write("written.html", "written".getBytes(StandardCharsets.UTF_8));
        assertThat(texts(output)).containsOnlyKeys("written.html");
    }

    @Test
    void aPathWrittenTwiceHoldsTheSecondFile() throws IOException {
        SiteOutput output = open();
        output.write("index.html", "first, and longer".getBytes(StandardCharsets.UTF_8));
        output.write("index.html", "second".getBytes(StandardCharsets.UTF_8));
        assertThat(texts(output)).containsExactly(Map.entry("index.html", "second"));
    }

    @Test
    void refusesEveryPathThatWouldLeaveTheSite() throws IOException {
        SiteOutput output = open();
        for (String hostile : List.of("../evil.html", "a/../../evil.html", "/etc/passwd", "", ".", "a/..", "a\\..\\b",
                "folder/")) {
            assertThatThrownBy(() -> output.write(hostile, new byte[] {1})).as(hostile)
                    .isInstanceOf(OutsideOutputException.class);
        }
        output.write("kept.html", "fine".getBytes(StandardCharsets.UTF_8));
        assertThat(texts(output)).containsOnlyKeys("kept.html");
        assertThat(temp.resolve("evil.html")).doesNotExist();
    }

    @Test
    void copiesTheRegularFilesOfAFolderAndNothingForAMissingOne() throws IOException {
        Path assets = Files.createDirectories(temp.resolve("theme/assets/css"));
        Files.writeString(assets.resolve("base.css"), "body{}");
        Files.writeString(assets.getParent().resolve("app.js"), "//");
        Files.createSymbolicLink(assets.getParent().resolve("link.css"), assets.resolve("base.css"));
        SiteOutput output = open();
        output.copyTree(temp.resolve("theme/assets"), "assets");
        output.copyTree(temp.resolve("theme/missing"), "missing");
        assertThat(texts(output)).containsExactlyEntriesOf(new TreeMap<>(Map.of("assets/css/base.css", "body{}",
                "assets/app.js", "//")));
    }

    @Test
    void takesWritesFromSeveralThreadsAtOnce() throws IOException {
        SiteOutput output = open();
        IntStream.range(0, 400).parallel().forEach(i -> {
            try {
                output.write("pages/" + i + "/index.html", ("page " + i).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, String> texts = texts(output);
        assertThat(texts).hasSize(400).containsEntry("pages/399/index.html", "page 399");
    }
}
