package org.verbatim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each file of a built site was made from, by its fingerprint, with the size, modification time and file
 * key (the inode) it had when written: a later build whose page has the same fingerprint keeps the file instead
 * of rendering it again, but only while the file on disk is still the one that was written (the check git and
 * make rely on). Kept in the build cache, one per output folder; a manifest that is missing, truncated or
 * altered reads as empty, so every file is rendered again, never trusted.
 */
public final class OutputManifest {
    private static final String MAGIC = "verbatim-output-manifest 1 ";
    /** The file key of a folder's own entry, whose size is the number of files recorded in it. */
    private static final String FOLDER = "folder";

    /** One file: its fingerprint and what it looked like on disk. */
    record Entry(String fingerprint, long size, long modified, String fileKey) {
        static Optional<Entry> of(String fingerprint, Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile() || attributes.fileKey() == null) {
                    return Optional.empty();  // without a file key a replaced file could pass for the old one
                }
                return Optional.of(new Entry(fingerprint, attributes.size(), attributes.lastModifiedTime().toMillis(),
                        attributes.fileKey().toString()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private final Map<String, Entry> entries;

    private OutputManifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static OutputManifest empty() {
        return new OutputManifest(new ConcurrentHashMap<>());
    }

    /** The manifest in {@code file}; empty when there is none or it is not whole. */
    public static OutputManifest read(Path file) {
        OutputManifest manifest = empty();
        Optional<String> body = CheckedTextFile.read(file, MAGIC);
        if (body.isEmpty()) {
            return manifest;
        }
        try {
            for (String line : body.get().split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length == 5) {
                    manifest.entries.put(fields[0], new Entry(fields[1], Long.parseLong(fields[2]),
                            Long.parseLong(fields[3]), fields[4]));
                }
            }
            return manifest;
        } catch (RuntimeException e) {
            return empty();
        }
    }

    /**
     * Whether the file at {@code path} of {@code site} was made from {@code fingerprint} and is still, by its size,
     * modification time and file key, the file written then.
     */
    public boolean unchanged(Path site, String path, String fingerprint) {
        Entry entry = entries.get(path);
        if (entry == null || !entry.fingerprint().equals(fingerprint)) {
            return false;
        }
        return Entry.of(fingerprint, site.resolve(SiteOutput.normalized(path))).filter(entry::equals).isPresent();
    }

    /** Records that the file at {@code path} of {@code site}, as it is now, was made from {@code fingerprint}. */
    public void record(Path site, String path, String fingerprint) {
        Entry.of(fingerprint, site.resolve(SiteOutput.normalized(path))).ifPresent(entry -> entries.put(path, entry));
    }

    /**
     * Records the folder {@code folder} of {@code site} (a path ending in {@code /}, rendered as one, such as the
     * search index) as made from {@code fingerprint}: each of its files as {@link #record} does, and the folder
     * itself with how many there are, so that a later build keeps it only whole. A file that cannot be recorded
     * leaves the folder unrecorded.
     */
    public void recordFolder(Path site, String folder, String fingerprint) {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        Path root = site.resolve(SiteOutput.normalized(folder.substring(0, folder.length() - 1)));
        java.util.List<String> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .map(file -> folder + root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return;
        }
        for (String path : files) {
            Optional<Entry> entry = Entry.of(fingerprint, site.resolve(SiteOutput.normalized(path)));
            if (entry.isEmpty()) {
                return;
            }
            entries.put(path, entry.get());
        }
        entries.put(folder, new Entry(fingerprint, files.size(), 0, FOLDER));
    }

    /**
     * The files of the folder {@code folder} of {@code site} when it was made from {@code fingerprint} and every
     * file recorded in it is still the file written then; empty otherwise.
     */
    public Optional<java.util.List<String>> unchangedFolder(Path site, String folder, String fingerprint) {
        Entry whole = entries.get(folder);
        if (whole == null || !whole.fingerprint().equals(fingerprint) || !whole.fileKey().equals(FOLDER)) {
            return Optional.empty();
        }
        java.util.List<String> files = entries.keySet().stream()
                .filter(path -> path.startsWith(folder) && !path.equals(folder)).sorted().toList();
        if (files.size() != whole.size() || !files.stream().allMatch(path -> unchanged(site, path, fingerprint))) {
            return Optional.empty();
        }
        return Optional.of(files);
    }

    /**
     * Records {@code path} (a file, or a folder with its files) as {@code previous} recorded it: for a file this
     * build kept, which is the very file recorded then, so it need not be looked at again.
     */
    public void carry(OutputManifest previous, String path) {
        Entry entry = previous.entries.get(path);
        if (entry == null) {
            return;
        }
        entries.put(path, entry);
        if (path.endsWith("/")) {
            previous.entries.forEach((file, fileEntry) -> {
                if (file.startsWith(path)) {
                    entries.put(file, fileEntry);
                }
            });
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputManifest manifest && manifest.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    public int size() {
        return entries.size();
    }

    /** Writes the manifest to {@code file} whole or not at all (a temporary file, then a rename). */
    public void write(Path file) throws IOException {
        StringBuilder body = new StringBuilder(entries.size() * 120);
        new java.util.TreeMap<>(entries).forEach((path, entry) -> body.append(path).append('\t')
                .append(entry.fingerprint()).append('\t').append(entry.size()).append('\t').append(entry.modified())
                .append('\t').append(entry.fileKey()).append('\n'));
        CheckedTextFile.write(file, MAGIC, body.toString());
    }
}
