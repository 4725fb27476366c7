package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's digest is known without reading it only while the file looks as it did when it was read, by size,
 * modification and change times and inode; one that had only just changed when it was read is never recorded;
 * a damaged stamps file knows nothing.
 */
class SourceStampsTest {
    @TempDir
    Path temp;

    @Test
    void aFileThatStillLooksTheSameIsKnownAndOneEditedInPlaceIsNot() throws IOException {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "first");
        Path stampsFile = temp.resolve("cache/content.stamps");
        SourceStamps first = SourceStamps.read(stampsFile, 0);
        first.record("a.md", SourceStamps.stamp(file), "digest-1");
        first.save();

        SourceStamps second = SourceStamps.read(stampsFile, 0);
        assertThat(second.digest("a.md", SourceStamps.stamp(file))).isEqualTo("digest-1");
        assertThat(second.digest("b.md", SourceStamps.stamp(file))).as("never recorded").isNull();
        assertThat(second.known()).isEqualTo(1);

        // The same size and modification time, as cp -p or touch -r leave them: the change time still moves.
        FileTime time = Files.getLastModifiedTime(file);
        sleepPastTheClocksTick();
        Files.writeString(file, "other");
        Files.setLastModifiedTime(file, time);
        assertThat(SourceStamps.read(stampsFile, 0).digest("a.md", SourceStamps.stamp(file))).isNull();
    }

    @Test
    void aFileThatChangedJustBeforeItWasReadIsNotRecorded() throws IOException {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "fresh");
        Path stampsFile = temp.resolve("content.stamps");
        SourceStamps stamps = SourceStamps.read(stampsFile, SourceStamps.SETTLED);
        stamps.record("a.md", SourceStamps.stamp(file), "digest-1");
        stamps.save();
        assertThat(SourceStamps.read(stampsFile, SourceStamps.SETTLED).digest("a.md", SourceStamps.stamp(file))).isNull();
    }

    @Test
    void aMarginOfNothingRecordsAFileLookedAtInTheMillisecondItWasWritten() {
        long now = System.currentTimeMillis();
        SourceStamps.Stamp justWritten = new SourceStamps.Stamp(4, now * 1_000_000, now * 1_000_000, 7, now);
        // CI once wrote a file and looked at it within one millisecond: a margin of 0 must still record it.
        assertThat(justWritten.settled(0)).isTrue();
        assertThat(justWritten.settled(SourceStamps.SETTLED)).isFalse();
        assertThat(new SourceStamps.Stamp(4, 0, 0, 7, SourceStamps.SETTLED + 1).settled(SourceStamps.SETTLED)).isTrue();
    }

    @Test
    void aDamagedStampsFileKnowsNothing() throws IOException {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "text");
        Path stampsFile = temp.resolve("content.stamps");
        SourceStamps stamps = SourceStamps.read(stampsFile, 0);
        stamps.record("a.md", SourceStamps.stamp(file), "digest-1");
        stamps.save();
        byte[] bytes = Files.readAllBytes(stampsFile);
        bytes[bytes.length - 3] ^= 1;
        Files.write(stampsFile, bytes);
        assertThat(SourceStamps.read(stampsFile, 0).digest("a.md", SourceStamps.stamp(file))).isNull();
    }

    /** Long enough for the file system's clock, which ticks in milliseconds, to have moved on. */
    private static void sleepPastTheClocksTick() {
        try {
            Thread.sleep(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
