package org.verbatim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {
    @TempDir
    Path temp;

    @Test
    void pathsThatEscapeTheOutputFolderAreRefused() throws IOException {
        try (StagedOutput output = StagedOutput.beside(temp.resolve("site"))) {
            for (String hostile : new String[] {"../evil.html", "a/../../evil.html", "/etc/passwd", "", ".", "a\\..\\b"}) {
                assertThatThrownBy(() -> output.write(hostile, "x")).as(hostile).isInstanceOf(OutsideOutputException.class);
            }
            output.write("a/./b/../c.html", "fine");
            output.commit();
        }
        assertThat(temp.resolve("site/a/c.html")).hasContent("fine");
        assertThat(temp.resolve("evil.html")).doesNotExist();
    }

    @Test
    void aKeptFileIsThePreviousSitesFileAndOnlyFromInsideIt() throws IOException {
        Files.createDirectories(temp.resolve("site/interviews/a"));
        Files.writeString(temp.resolve("site/interviews/a/index.html"), "kept");
        Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(temp.resolve("elsewhere/index.html"), "outside");
        Files.createSymbolicLink(temp.resolve("site/linked"), temp.resolve("elsewhere"));
        Object inode = Files.getAttribute(temp.resolve("site/interviews/a/index.html"), "unix:ino");
        try (StagedOutput output = StagedOutput.beside(temp.resolve("site"))) {
            assertThat(output.keepPrevious("interviews/a/index.html")).isTrue();
            assertThat(output.keepPrevious("interviews/b/index.html")).as("no such file").isFalse();
            assertThat(output.keepPrevious("linked/index.html")).as("through a linked folder").isFalse();
            output.commit();
        }
        assertThat(temp.resolve("site/interviews/a/index.html")).hasContent("kept");
        assertThat(Files.getAttribute(temp.resolve("site/interviews/a/index.html"), "unix:ino")).isEqualTo(inode);
        assertThat(temp.resolve("site/interviews/b")).doesNotExist();
        assertThat(temp.resolve("site/linked")).doesNotExist();
    }

    @Test
    void commitReplacesThePreviousSiteAsAWhole() throws IOException {
        Files.createDirectories(temp.resolve("site"));
        Files.writeString(temp.resolve("site/stale.html"), "old");
        try (StagedOutput output = StagedOutput.beside(temp.resolve("site"))) {
            output.write("index.html", "new");
            assertThat(temp.resolve("site/stale.html")).exists();
            output.commit();
        }
        assertThat(temp.resolve("site/index.html")).hasContent("new");
        assertThat(temp.resolve("site/stale.html")).doesNotExist();
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactly("site");
    }

    @Test
    void closingWithoutCommitLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        Files.createDirectories(temp.resolve("site"));
        Files.writeString(temp.resolve("site/index.html"), "old");
        try (StagedOutput output = StagedOutput.beside(temp.resolve("site"))) {
            output.write("index.html", "new");
        }
        assertThat(temp.resolve("site/index.html")).hasContent("old");
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactly("site");
    }
}
