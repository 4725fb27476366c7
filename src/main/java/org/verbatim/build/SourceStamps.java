package org.verbatim.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.verbatim.output.CheckedTextFile;

/**
 * The digest of each interview file's bytes with what the file looked like when they were read: its size,
 * modification and change times and inode. A file that still looks the same is not read again to find its key in
 * the build cache, the check git makes of its working tree. The change time is the one a program cannot set back
 * (copying with {@code cp -p} or {@code touch -r} sets the modification time, not it), and a file that changed
 * less than {@link #SETTLED} before it was looked at is not recorded, since a change in the same tick of the
 * file system's clock would leave it looking the same. Kept in the build cache, one per content folder; a
 * stamps file that is missing, truncated or altered reads as empty, so every file is read again, never trusted.
 */
final class SourceStamps {
    private static final String MAGIC = "verbatim-source-stamps 1 ";
    /** How long before it is looked at a file must have last changed to be recorded: FAT's 2 s times, and more. */
    static final long SETTLED = 3_000;

    /** What a file looked like: null when the file system does not tell all of it. */
    record Stamp(long size, long modifiedNanos, long changedNanos, long inode, long seenMillis) {
        /** The same file, unchanged, whenever each was looked at. */
        boolean sameFileAs(Stamp other) {
            return size == other.size && modifiedNanos == other.modifiedNanos && changedNanos == other.changedNanos
                    && inode == other.inode;
        }

        /** Whether the file last changed at least {@code margin} ms before it was looked at; always, for a margin of 0. */
        boolean settled(long margin) {
            // A margin of 0 must not depend on whether the write and the look fell in the same millisecond.
            return margin <= 0 || changedNanos / 1_000_000 < seenMillis - margin && modifiedNanos / 1_000_000 < seenMillis - margin;
        }
    }

    private record Entry(Stamp stamp, String digest) {
    }

    private final Path file;
    private final long settled;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final AtomicInteger known = new AtomicInteger();

    private SourceStamps(Path file, long settled, Map<String, Entry> previous) {
        this.file = file;
        this.settled = settled;
        this.previous = previous;
    }

    /** The stamps kept in {@code file}; empty when there are none or they are not whole. */
    static SourceStamps read(Path file) {
        return read(file, SETTLED);
    }

    /** As {@link #read(Path)}, recording files that changed {@code settled} ms before they were looked at (tests: 0, every file). */
    static SourceStamps read(Path file, long settled) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            for (String line : CheckedTextFile.read(file, MAGIC).orElse("").split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length == 6) {
                    entries.put(fields[0], new Entry(new Stamp(Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                            Long.parseLong(fields[3]), Long.parseLong(fields[4]), 0), fields[5]));
                }
            }
        } catch (RuntimeException e) {
            entries.clear();
        }
        return new SourceStamps(file, settled, entries);
    }

    /** What {@code path} looks like now; null when the file system does not say (then it is always read). */
    static Stamp stamp(Path path) {
        try {
            Map<String, Object> unix = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino");
            return new Stamp((Long) unix.get("size"), nanos(unix.get("lastModifiedTime")), nanos(unix.get("ctime")),
                    (Long) unix.get("ino"), System.currentTimeMillis());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                 | NullPointerException e) {
            return null;
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The digest recorded for the file at {@code name} when it looked as {@code stamp} says; null if none. */
    String digest(String name, Stamp stamp) {
        Entry entry = previous.get(name);
        if (stamp == null || entry == null || !entry.stamp().sameFileAs(stamp)) {
            return null;
        }
        next.put(name, entry);
        known.incrementAndGet();
        return entry.digest();
    }

    /** How many files {@link #digest} knew without their being read. */
    int known() {
        return known.get();
    }

    /** Records that the file at {@code name}, looked at as {@code stamp} just before it was read, has {@code digest}. */
    void record(String name, Stamp stamp, String digest) {
        if (stamp != null && stamp.settled(settled)) {
            next.put(name, new Entry(new Stamp(stamp.size(), stamp.modifiedNanos(), stamp.changedNanos(), stamp.inode(), 0),
                    digest));
        }
    }

    /** Writes the stamps of the files recorded or found this time, when they differ from those read; a failure only costs time. */
    void save() {
        if (next.equals(previous)) {
            return;
        }
        StringBuilder body = new StringBuilder(next.size() * 120);
        new TreeMap<>(next).forEach((name, entry) -> body.append(name).append('\t')
                .append(entry.stamp().size()).append('\t').append(entry.stamp().modifiedNanos()).append('\t')
                .append(entry.stamp().changedNanos()).append('\t').append(entry.stamp().inode()).append('\t')
                .append(entry.digest()).append('\n'));
        try {
            CheckedTextFile.write(file, MAGIC, body.toString());
        } catch (IOException e) {
            // the next build reads every file again
        }
    }
}
