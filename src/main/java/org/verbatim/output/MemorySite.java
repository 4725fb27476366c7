package org.verbatim.output;

import java.io.ByteArrayInputStream;
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
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A built site held in memory for the preview server: an immutable snapshot of path → bytes. Pages are kept
 * gzip-compressed, so that a 10,000-interview archive fits in a 1 GB heap; files of a megabyte or more (such
 * as index.json) are site-wide, rewritten on every edit, and kept as they are, since compressing
 * them each time would slow every reload. A file may also be deferred: rendered on its first request and then
 * kept. Updates return a new snapshot, so readers always see one whole build, never a half-applied one.
 */
public final class MemorySite {
    private static final int COMPRESS_BELOW = 1 << 20;

    private final Map<String, Entry> files;

    /** A file held by a snapshot: ready, or rendered when first wanted. */
    private interface Entry {
        Stored stored();
    }

    /** A file's bytes, compressed or not. */
    private record Stored(byte[] bytes, boolean gzipped) implements Entry {
        static Stored of(byte[] bytes) {
            return bytes.length < COMPRESS_BELOW ? new Stored(gzip(bytes), true) : new Stored(bytes, false);
        }

        @Override
        public Stored stored() {
            return this;
        }
    }

    /** A file rendered on its first request, once, however many ask at the same moment. */
    private static final class Deferred implements Entry {
        private Supplier<byte[]> text;
        private volatile Stored stored;

        Deferred(Supplier<byte[]> text) {
            this.text = text;
        }

        @Override
        public Stored stored() {
            Stored ready = stored;
            if (ready != null) {
                return ready;
            }
            synchronized (this) {
                if (stored == null) {
                    stored = Stored.of(text.get());
                    text = null;  // let go of what rendering needed
                }
                return stored;
            }
        }

        /** Without waiting for a render in progress: the next preview update must not queue behind it. */
        boolean isRendered() {
            return stored != null;
        }
    }

    /**
     * A folder of files rendered together on the first request for any of them (the search index's shards), its
     * key the folder's path ending in {@code /}. The folder itself is no file.
     */
    private static final class DeferredFolder implements Entry {
        private Supplier<Map<String, byte[]>> render;
        private volatile Map<String, Stored> files;

        DeferredFolder(Supplier<Map<String, byte[]>> render) {
            this.render = render;
        }

        @Override
        public Stored stored() {
            return null;
        }

        Stored stored(String path) {
            Map<String, Stored> ready = files;
            if (ready == null) {
                synchronized (this) {
                    if (files == null) {
                        Map<String, Stored> stored = new HashMap<>();
                        render.get().forEach((file, bytes) -> stored.put(file, Stored.of(bytes)));
                        files = stored;
                        render = null;
                    }
                    ready = files;
                }
            }
            return ready.get(path);
        }

        boolean isRendered() {
            return files != null;
        }
    }

    /** Files gathered from several threads for the next snapshot, compressed as they arrive. */
    public static final class Pending implements SiteOutput {
        private final Map<String, Entry> files = new ConcurrentHashMap<>();

        /** Keeps {@code bytes} as they are given: a rendered page needs no copy. */
        @Override
        public void write(String relativePath, byte[] bytes) {
            files.put(SiteOutput.normalized(relativePath), Stored.of(bytes));
        }

        @Override
        public void write(String relativePath, Content content) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
            content.writeTo(out);
            write(relativePath, out.toByteArray());
        }

        @Override
        public void copyTree(Path from, String relativeDir) throws IOException {
            String into = SiteOutput.normalized(relativeDir);
            for (String path : SiteOutput.regularFiles(from)) {
                files.put(into + "/" + path, new Stored(Files.readAllBytes(from.resolve(path)), false));
            }
        }

        /** A file to render when it is first requested, rather than now. */
        public void defer(String path, Supplier<byte[]> text) {
            files.put(path, new Deferred(text));
        }

        /** A folder ({@code search/index/}) whose files are all rendered when the first of them is requested. */
        public void deferFolder(String folder, Supplier<Map<String, byte[]>> files) {
            this.files.put(folder, new DeferredFolder(files));
        }
    }

    private MemorySite(Map<String, Entry> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    public static MemorySite empty() {
        return new MemorySite(Map.of());
    }

    public static Pending pending() {
        return new Pending();
    }

    /** The file at a '/'-separated path from the site root, if the site has it, uncompressed. */
    public Optional<byte[]> file(String path) {
        return stored(path).map(s -> s.gzipped() ? gunzipped(s.bytes()) : s.bytes());
    }

    /** A file held on its own, or inside a deferred folder that holds its path. */
    private Optional<Stored> stored(String path) {
        Entry entry = files.get(path);
        if (entry != null) {
            return Optional.ofNullable(entry.stored());
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (files.get(path.substring(0, slash + 1)) instanceof DeferredFolder folder) {
                return Optional.ofNullable(folder.stored(path));
            }
        }
        return Optional.empty();
    }

    /** The file as gzip bytes when it is kept compressed, to send with {@code Content-Encoding: gzip}. */
    public Optional<byte[]> gzipped(String path) {
        return stored(path).filter(Stored::gzipped).map(Stored::bytes);
    }

    public Set<String> paths() {
        return files.keySet();
    }

    /** Paths of deferred files nobody has requested yet. */
    public Set<String> deferredPaths() {
        Set<String> deferred = new java.util.HashSet<>();
        files.forEach((path, entry) -> {
            if (entry instanceof Deferred later && !later.isRendered()
                    || entry instanceof DeferredFolder folder && !folder.isRendered()) {
                deferred.add(path);
            }
        });
        return deferred;
    }

    /** A snapshot with the {@code pending} files written over this one, and {@code removed} paths gone. */
    public MemorySite with(Pending pending, Set<String> removed) {
        Map<String, Entry> next = new HashMap<>(files);
        removed.forEach(next::remove);
        next.putAll(pending.files);
        return new MemorySite(next);
    }

    /** Fastest compression: pages are compressed on every preview rebuild, where speed matters most. */
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
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
