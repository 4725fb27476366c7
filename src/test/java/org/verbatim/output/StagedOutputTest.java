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
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", ".site.spare");
    }

    @Test
    void theNextBuildStagesIntoTheSpareTrustingNothingInIt() throws IOException {
        Path site = temp.resolve("site");
        try (StagedOutput output = StagedOutput.beside(site)) {
            output.write("kept.html", "kept");
            output.write("a/gone.html", "gone");
            output.write("changed.html", "one");
            output.commit();
        }
        try (StagedOutput output = StagedOutput.beside(site)) {
            assertThat(output.keepPrevious("kept.html")).isTrue();
            output.write("a/gone.html", "gone, then back");
            output.write("changed.html", "two");
            output.commit();
        }
        Object keptInode = Files.readAttributes(site.resolve("kept.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        // The third build starts from the first build's tree: its kept.html is the same file, its changed.html holds
        // "one", and a file the build does not place is stale.
        Files.writeString(temp.resolve(".site.spare/stale.html"), "stale");
        Files.createSymbolicLink(temp.resolve(".site.spare/out"), temp);
        try (StagedOutput output = StagedOutput.beside(site)) {
            assertThat(output.keepPrevious("kept.html")).isTrue();
            assertThat(output.keepPrevious("changed.html")).isTrue();
            output.write("out/escaped.html", "inside");
            output.commit();
        }
        assertThat(site.resolve("kept.html")).hasContent("kept");
        assertThat(Files.readAttributes(site.resolve("kept.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(keptInode);
        assertThat(site.resolve("changed.html")).hasContent("two");
        assertThat(site.resolve("stale.html")).doesNotExist();
        assertThat(site.resolve("a")).doesNotExist();
        assertThat(Files.isSymbolicLink(site.resolve("out"))).isFalse();
        assertThat(site.resolve("out/escaped.html")).hasContent("inside");
        assertThat(temp.resolve("escaped.html")).doesNotExist();
        // The site it replaced was not written into: the spare holds the second build's files as they were.
        assertThat(temp.resolve(".site.spare/changed.html")).hasContent("two");
        assertThat(temp.resolve(".site.spare/a/gone.html")).hasContent("gone, then back");
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
