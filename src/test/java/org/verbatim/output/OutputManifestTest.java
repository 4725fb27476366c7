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
    void aFolderIsUnchangedOnlyWholeWithEveryFileAsRecorded() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("search/index"));
        Files.writeString(site.resolve("search/index/s0.js"), "shard");
        Files.writeString(site.resolve("search/index/f0.js"), "fragment");
        OutputManifest written = OutputManifest.empty();
        written.recordFolder(site, "search/index/", "print-1");
        written.write(temp.resolve("cache/site.manifest"));

        OutputManifest read = OutputManifest.read(temp.resolve("cache/site.manifest"));
        assertThat(read.unchangedFolder(site, "search/index/", "print-1")).hasValue(
                java.util.List.of("search/index/f0.js", "search/index/s0.js"));
        assertThat(read.unchangedFolder(site, "search/index/", "print-2")).as("another fingerprint").isEmpty();
        assertThat(read.unchangedFolder(site, "a/", "print-1")).as("never recorded").isEmpty();
        Files.writeString(site.resolve("search/index/f0.js"), "fragment, edited");
        assertThat(read.unchangedFolder(site, "search/index/", "print-1")).as("one file changed").isEmpty();
    }

    @Test
    void aFolderWithAFileMissingFromTheManifestIsNeverUnchanged() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("search/index"));
        Files.writeString(site.resolve("search/index/s0.js"), "shard");
        Files.writeString(site.resolve("search/index/s1.js"), "shard");
        OutputManifest written = OutputManifest.empty();
        written.recordFolder(site, "search/index/", "print-1");
        Path file = temp.resolve("site.manifest");
        written.write(file);
        // A manifest whose folder lost a line (and whose checksum was made to match) keeps nothing of it.
        String text = Files.readString(file);
        String body = text.substring(text.indexOf('\n') + 1).replaceFirst("(?m)^search/index/s1\\.js\t.*\n", "");
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        Files.writeString(file, "verbatim-output-manifest 1 " + bytes.length + " " + Long.toHexString(crc.getValue())
                + "\n" + body);
        OutputManifest read = OutputManifest.read(file);
        assertThat(read.size()).as("the two entries left").isEqualTo(2);
        assertThat(read.unchangedFolder(site, "search/index/", "print-1")).isEmpty();
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
