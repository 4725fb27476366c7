package org.verbatim.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A built site held in memory for the preview server: an immutable snapshot of path → gzip-compressed bytes.
 * Compressed, a 10,000-interview archive fits in a 1 GB heap, and browsers take the bytes as they are.
 * Updates return a new snapshot, so readers always see one whole build, never a half-applied one.
 */
public final class MemorySite {
    private final Map<String, byte[]> files;

    private MemorySite(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    public static MemorySite empty() {
        return new MemorySite(Map.of());
    }

    /** The file at a '/'-separated path from the site root, if the site has it, uncompressed. */
    public Optional<byte[]> file(String path) {
        return gzipped(path).map(MemorySite::gunzipped);
    }

    /** The file as gzip bytes, to send with {@code Content-Encoding: gzip}. */
    public Optional<byte[]> gzipped(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Set<String> paths() {
        return files.keySet();
    }

    /** A snapshot with {@code texts} written (UTF-8) over this one, and {@code removed} paths gone. */
    public MemorySite with(Map<String, String> texts, Set<String> removed) {
        Map<String, byte[]> compressed = new ConcurrentHashMap<>();
        texts.entrySet().parallelStream().forEach(entry ->
                compressed.put(entry.getKey(), gzip(entry.getValue().getBytes(StandardCharsets.UTF_8))));
        Map<String, byte[]> next = new HashMap<>(files);
        removed.forEach(next::remove);
        next.putAll(compressed);
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
                        next.put(prefix + folder.relativize(file).toString().replace('\\', '/'),
                                gzip(Files.readAllBytes(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new MemorySite(next);
    }

    /** Fastest compression: pages are compressed on every preview rebuild, and speed matters more there. */
    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Uncompresses bytes from {@link #gzipped}, for clients that do not take gzip. */
    public static byte[] gunzipped(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
