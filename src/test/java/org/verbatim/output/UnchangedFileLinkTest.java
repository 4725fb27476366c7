package org.verbatim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild links what did not change and writes what did: the new site has exactly the new bytes, whatever the
 * old file was and however the new one arrives, and the previous site is never written into.
 */
class UnchangedFileLinkTest {
    @TempDir
    Path temp;

    @Test
    void unchangedFilesAreTheirPreviousSelvesAndChangedOnesAreNew() throws IOException {
        Path site = temp.resolve("site");
        try (StagedOutput output = StagedOutput.beside(site)) {
            output.write("index.html", "same");
            output.write("interviews/a/index.html", "old text");
            output.write("gone.html", "removed next time");
            output.commit();
        }
        Object sameInode = inode(site.resolve("index.html"));
        Object changedInode = inode(site.resolve("interviews/a/index.html"));
        try (StagedOutput output = StagedOutput.beside(site)) {
            output.write("index.html", "same");
            output.write("interviews/a/index.html", "new text, longer");
            output.write("new.html", "added");
            output.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("same");
        assertThat(inode(site.resolve("index.html"))).isEqualTo(sameInode);
        // The previous site is kept whole as the spare the next build stages into, sharing the unchanged file.
        assertThat(Files.getAttribute(site.resolve("index.html"), "unix:nlink")).as("the site and its spare").isEqualTo(2);
        assertThat(temp.resolve(".site.spare/interviews/a/index.html")).hasContent("old text");
        assertThat(site.resolve("interviews/a/index.html")).hasContent("new text, longer");
        assertThat(inode(site.resolve("interviews/a/index.html"))).isNotEqualTo(changedInode);
        assertThat(site.resolve("new.html")).hasContent("added");
        assertThat(site.resolve("gone.html")).doesNotExist();
    }

    @Test
    void aBuildThatFailsAfterLinkingLeavesThePreviousSiteAsItWas() throws IOException {
        Path site = temp.resolve("site");
        try (StagedOutput output = StagedOutput.beside(site)) {
            output.write("index.html", "kept");
            output.write("page.html", "kept too");
            output.commit();
        }
        try (StagedOutput output = StagedOutput.beside(site)) {
            output.write("index.html", "kept");
            output.write("index.html", "written twice: replaced, not written into");
            output.write("page.html", "kept too, then changed");
        }
        assertThat(site.resolve("index.html")).hasContent("kept");
        assertThat(site.resolve("page.html")).hasContent("kept too");
        assertThat(Files.getAttribute(site.resolve("index.html"), "unix:nlink")).isEqualTo(1);
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void aFileReachedThroughALinkedFolderOfThePreviousSiteIsWrittenNotLinked() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "same");
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.createSymbolicLink(site.resolve("interviews"), outside);
        try (StagedOutput output = StagedOutput.beside(site)) {
            output.write("interviews/index.html", "same");
            output.commit();
        }
        assertThat(site.resolve("interviews/index.html")).hasContent("same");
        assertThat(inode(site.resolve("interviews/index.html"))).isNotEqualTo(inode(outside.resolve("index.html")));
        assertThat(Files.getAttribute(outside.resolve("index.html"), "unix:nlink")).isEqualTo(1);
    }

    /** An old file and a new one that is equal to it, a prefix, an extension, one byte off, or unrelated. */
    @Provide
    Arbitrary<byte[][]> oldAndNew() {
        Arbitrary<byte[]> old = Arbitraries.bytes().array(byte[].class).ofMaxSize(300_000)
                .injectDuplicates(0.1).edgeCases(edges -> edges.add(new byte[0]));
        return Combinators.combine(old, Arbitraries.integers().between(0, 4), Arbitraries.longs())
                .as((bytes, kind, seed) -> new byte[][] {bytes, variant(bytes, kind, new Random(seed))});
    }

    private static byte[] variant(byte[] old, int kind, Random random) {
        return switch (kind) {
            case 0 -> old.clone();
            case 1 -> Arrays.copyOf(old, old.length == 0 ? 0 : random.nextInt(old.length));
            case 2 -> {
                byte[] longer = Arrays.copyOf(old, old.length + 1 + random.nextInt(70_000));
                random.nextBytes(longer);
                System.arraycopy(old, 0, longer, 0, old.length);
                yield longer;
            }
            case 3 -> {
                byte[] changed = old.length == 0 ? new byte[] {1} : old.clone();
                changed[random.nextInt(changed.length)] ^= 0x20;
                yield changed;
            }
            default -> {
                byte[] other = new byte[random.nextInt(100_000)];
                random.nextBytes(other);
                yield other;
            }
        };
    }

    @Property(tries = 60)
    void theNewFileHasTheNewBytesAndIsALinkExactlyWhenNothingChanged(@ForAll("oldAndNew") byte[][] oldAndNew,
                                                                     @ForAll long chunking) throws IOException {
        Path folder = Files.createTempDirectory("unchanged-link");
        try {
            Path previous = folder.resolve("old.html");
            Path file = folder.resolve("new.html");
            Files.write(previous, oldAndNew[0]);
            Random chunks = new Random(chunking);
            try (OutputStream out = new UnchangedFileLink(previous, file)) {
                byte[] bytes = oldAndNew[1];
                for (int at = 0; at < bytes.length; ) {
                    int length = Math.min(bytes.length - at, chunks.nextBoolean() ? 1 + chunks.nextInt(8) : 1 + chunks.nextInt(90_000));
                    if (length == 1 && chunks.nextBoolean()) {
                        out.write(bytes[at]);
                    } else {
                        out.write(bytes, at, length);
                    }
                    at += length;
                }
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(oldAndNew[1]);
            assertThat(Files.readAllBytes(previous)).as("the previous file is never written into").isEqualTo(oldAndNew[0]);
            assertThat(inode(file).equals(inode(previous))).isEqualTo(Arrays.equals(oldAndNew[0], oldAndNew[1]));
        } finally {
            try (var files = Files.list(folder)) {
                for (Path path : files.toList()) {
                    Files.delete(path);
                }
            }
            Files.delete(folder);
        }
    }

    private static Object inode(Path file) throws IOException {
        return Files.getAttribute(file, "unix:ino");
    }
}
