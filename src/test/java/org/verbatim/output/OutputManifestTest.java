package org.verbatim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputManifestTest {
    @TempDir
    Path temp;

    private Path site() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("a/index.html"), "page");
        Files.writeString(site.resolve("b.html"), "other");
        return site;
    }

    @Test
    void aFileIsUnchangedOnlyWithItsFingerprintWhileItIsTheFileRecorded() throws IOException {
        Path site = site();
        OutputManifest written = OutputManifest.empty();
        written.record(site, "a/index.html", "print-1");
        written.record(site, "b.html", "print-2");
        written.write(temp.resolve("cache/site.manifest"));

        OutputManifest read = OutputManifest.read(temp.resolve("cache/site.manifest"));
        assertThat(read.size()).isEqualTo(2);
        assertThat(read.unchanged(site, "a/index.html", "print-1")).isTrue();
        assertThat(read.unchanged(site, "a/index.html", "print-2")).as("another fingerprint").isFalse();
        assertThat(read.unchanged(site, "c.html", "print-1")).as("never recorded").isFalse();

        Files.writeString(site.resolve("b.html"), "edited");  // same file, other size
        assertThat(read.unchanged(site, "b.html", "print-2")).isFalse();
        FileTime time = Files.getLastModifiedTime(site.resolve("a/index.html"));
        Files.move(site.resolve("a/index.html"), temp.resolve("old.html"));  // kept, so its inode is not reused
        Files.writeString(site.resolve("a/index.html"), "page");  // a new file, same size and time
        Files.setLastModifiedTime(site.resolve("a/index.html"), time);
        assertThat(read.unchanged(site, "a/index.html", "print-1")).as("replaced by another file").isFalse();
    }

    @Test
    void aDamagedOrMissingManifestIsEmpty() throws IOException {
        Path site = site();
        OutputManifest written = OutputManifest.empty();
        written.record(site, "a/index.html", "print-1");
        Path file = temp.resolve("site.manifest");
        written.write(file);
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThat(OutputManifest.read(file).size()).as("truncated").isZero();
        bytes[bytes.length - 5] ^= 1;
        Files.write(file, bytes);
        assertThat(OutputManifest.read(file).size()).as("altered").isZero();
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 10});
        assertThat(OutputManifest.read(file).size()).as("garbage").isZero();
        assertThat(OutputManifest.read(temp.resolve("missing.manifest")).size()).isZero();
    }
}
