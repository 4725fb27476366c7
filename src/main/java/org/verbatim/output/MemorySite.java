package org.verbatim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A built site held in memory for the preview server: an immutable snapshot of path → bytes. Updates
 * return a new snapshot, so readers always see one whole build, never a half-applied one.
 */
public final class MemorySite {
    private final Map<String, byte[]> files;

    private MemorySite(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    public static MemorySite empty() {
        return new MemorySite(Map.of());
    }

    /** The file at a '/'-separated path from the site root, if the site has it. */
    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Set<String> paths() {
        return files.keySet();
    }

    /** A snapshot with {@code texts} written (UTF-8) over this one, and {@code removed} paths gone. */
    public MemorySite with(Map<String, String> texts, Set<String> removed) {
        Map<String, byte[]> next = new HashMap<>(files);
        removed.forEach(next::remove);
        texts.forEach((path, text) -> next.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new MemorySite(next);
    }

    /** A snapshot with the regular files under {@code folder} placed at {@code prefix} (links not followed). */
    public MemorySite withTree(Path folder, String prefix) throws IOException {
        Map<String, byte[]> next = new HashMap<>(files);
        next.keySet().removeIf(path -> path.startsWith(prefix));
        if (Files.isDirectory(folder)) {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile()) {
                        next.put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new MemorySite(next);
    }
}
