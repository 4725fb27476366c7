package org.verbatim.build;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.verbatim.model.Block;
import org.verbatim.model.EditorBlock;
import org.verbatim.model.Prose;
import org.verbatim.model.RelatedInset;
import org.verbatim.model.SectionHeading;
import org.verbatim.model.Turn;

/**
 * Interviews as reading them gave them (front matter checked, body parsed and assembled, turns tagged), kept on
 * disk between builds so that an unchanged file is not parsed or tagged again. An entry's key is a digest of everything reading depends
 * on: the file's path within the content folder and its bytes, {@code site.yaml}, {@code topics.yaml} and {@code people.yaml}, the theme's
 * partials and message bundles (footnote references and inline notes are the theme's markup), and the program
 * itself. Only files read without any problem are kept. Each entry carries its length and checksum: one that
 * is truncated, corrupt or unreadable is read again from the source and rewritten, never trusted, so deleting
 * the folder, or any file in it, is always safe.
 */
final class ParseCache {
    private static final String MAGIC = "verbatim-parse-cache 3 ";

    private final Path folder;
    private final byte[] inputs;
    private final ObjectMapper json = mapper();
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final SourceStamps stamps;

    private ParseCache(Path folder, byte[] inputs, SourceStamps stamps) {
        this.folder = folder;
        this.inputs = inputs;
        this.stamps = stamps;
    }

    /**
     * The cache in {@code folder} for a build of {@code content} with the theme in {@code templates}, by the program
     * identified by {@code program}; null {@code folder} for none.
     */
    static ParseCache in(Path folder, Path content, Path templates, String program) throws IOException {
        return in(folder, content, templates, program, SourceStamps.SETTLED);
    }

    /** As {@link #in(Path, Path, Path, String)}, trusting files that changed {@code settled} ms before they were read. */
    static ParseCache in(Path folder, Path content, Path templates, String program, long settled) throws IOException {
        if (folder == null) {
            return null;
        }
        MessageDigest digest = sha256();
        update(digest, program.getBytes(StandardCharsets.UTF_8));
        for (String config : List.of("site.yaml", "topics.yaml", "people.yaml")) {
            Path file = content.resolve(config);
            update(digest, config.getBytes(StandardCharsets.UTF_8));
            update(digest, Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
        }
        for (String part : List.of("partials", "i18n")) {
            Path dir = templates.resolve(part);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, templates.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        update(digest, Files.readAllBytes(file));
                    }
                }
            }
        }
        String root = HexFormat.of().formatHex(sha256().digest(
                content.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)));
        return new ParseCache(folder.resolve("parse"), digest.digest(),
                SourceStamps.read(folder.resolve("sources").resolve(root + ".stamps"), settled));
    }

    /**
     * What identifies this build of the program: its jar's path, size and time, or for classes in a folder (tests,
     * development) the same of every class file, so that a rebuilt program never reads another's entries.
     */
    static String program() throws IOException {
        Path code;
        try {
            code = Path.of(ParseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime();  // never equal: no entry is trusted
        }
        StringBuilder id = new StringBuilder(code.toString());
        if (Files.isRegularFile(code)) {
            id.append(' ').append(Files.size(code)).append(' ').append(Files.getLastModifiedTime(code).toMillis());
        } else {
            try (Stream<Path> files = Files.walk(code)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    id.append('\n').append(code.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis());
                }
            }
        }
        return id.toString();
    }

    /**
     * What reading {@code file} (in the content folder {@code root}) with these bytes gave last time, if it was kept
     * and is whole. Entries are keyed by the file's path within the content folder, so a build given
     * {@code content/} and the preview, which reads the same folder by its absolute path, share them; the interview
     * comes back with {@code file} as its source, as reading it now would give.
     */
    Optional<SiteLoader.Loaded> get(String key, Path file) {
        used.add(key);
        Path entry = entry(key);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(entry)) {
            byte[] stored = in.readAllBytes();
            int newline = indexOf(stored, (byte) '\n');
            if (newline < 0) {
                return Optional.empty();
            }
            String header = new String(stored, 0, newline, StandardCharsets.US_ASCII);
            byte[] payload = Arrays.copyOfRange(stored, newline + 1, stored.length);
            if (!header.equals(MAGIC + checksum(payload))) {
                return Optional.empty();  // truncated or altered: read the source again
            }
            SiteLoader.Loaded loaded = json.readValue(payload, SiteLoader.Loaded.class);
            hits.incrementAndGet();
            return Optional.of(new SiteLoader.Loaded(loaded.interview().withSource(file), loaded.meta(), loaded.tags()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How many files were taken from the cache rather than read. */
    int hits() {
        return hits.get();
    }

    /** Keeps what reading {@code file} gave; a cache that cannot be written only costs the next build time. */
    void put(String key, SiteLoader.Loaded loaded) {
        used.add(key);
        Path entry = entry(key);
        try {
            byte[] payload = json.writeValueAsBytes(loaded);
            byte[] header = (MAGIC + checksum(payload) + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] whole = Arrays.copyOf(header, header.length + payload.length);
            System.arraycopy(payload, 0, whole, header.length, payload.length);
            org.verbatim.output.WholeFile.write(entry, whole);
        } catch (IOException | RuntimeException e) {
            // not kept: the next build reads the file again
        }
    }

    /**
     * Removes the entries that this cache's reading did not ask for and that were written more than {@code age}
     * ago: those of files since edited or deleted, and of an earlier program, which would otherwise pile up. A
     * younger one stays, so going back to yesterday's version of a file is still quick; one that cannot be removed
     * stays too. Returns the size in bytes of what stays, found on the same walk.
     */
    long sweep(java.time.Duration age) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        long before = System.currentTimeMillis() - age.toMillis();
        long[] bytes = {0};
        try {
            // walkFileTree hands each file's size and time from the one lstat it makes.
            Files.walkFileTree(folder, java.util.Set.of(), 2, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".smile") && !used.contains(name.substring(0, name.length() - ".smile".length()))
                            && attributes.lastModifiedTime().toMillis() < before) {
                        try {
                            Files.deleteIfExists(file);
                            return java.nio.file.FileVisitResult.CONTINUE;
                        } catch (IOException e) {
                            // left for the next sweep
                        }
                    }
                    bytes[0] += attributes.isRegularFile() ? attributes.size() : 0;
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;  // left for the next sweep
                }
            });
        } catch (IOException e) {
            // left for the next sweep
        }
        return bytes[0];
    }

    /** The folder the entries are in, inside the build's cache folder. */
    Path folder() {
        return folder;
    }

    /**
     * The entry's own check: its length and CRC-32C, which finds truncation and accidental damage at a fraction of
     * SHA-256's cost (the key, which must never collide, stays SHA-256).
     */
    private static String checksum(byte[] payload) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(payload);
        return payload.length + " " + Long.toHexString(crc.getValue());
    }

    /**
     * The key of {@code file} (in the content folder {@code root}) read as {@code bytes}: a digest of everything
     * reading it depends on, which also stands for the interview in the keys of the pages made from it. The bytes'
     * own digest is recorded with {@code stamp}, what the file looked like just before it was read (null: nothing
     * to record).
     */
    String key(Path root, Path file, byte[] bytes, SourceStamps.Stamp stamp) {
        String digest = HexFormat.of().formatHex(sha256().digest(bytes));
        stamps.record(inFolder(root, file), stamp, digest);
        return keyOf(root, file, digest);
    }

    /**
     * The key of {@code file} without reading it, when it looks as {@code stamp} says, as it did when its bytes were
     * last digested; null when it has to be read.
     */
    String knownKey(Path root, Path file, SourceStamps.Stamp stamp) {
        String digest = stamps.digest(inFolder(root, file), stamp);
        return digest == null ? null : keyOf(root, file, digest);
    }

    /** Keeps what the files looked like for the next build; a failure only costs it time. */
    void saveStamps() {
        stamps.save();
    }

    /** How many files were known by how they looked, without being read. */
    int unread() {
        return stamps.known();
    }

    private String keyOf(Path root, Path file, String bytesDigest) {
        MessageDigest digest = sha256();
        update(digest, inputs);
        update(digest, inFolder(root, file).getBytes(StandardCharsets.UTF_8));
        update(digest, bytesDigest.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String inFolder(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(java.io.File.separatorChar, '/');
    }

    private Path entry(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".smile");
    }

    /** Each part with its length first, so that no two sequences of parts digest alike. */
    static void update(MessageDigest digest, byte[] part) {
        digest.update(java.nio.ByteBuffer.allocate(8).putLong(part.length).array());
        digest.update(part);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Smile (binary JSON): records by their fields, blocks with their kind, paths as written (relative stays relative). */
    private static ObjectMapper mapper() {
        SimpleModule paths = new SimpleModule("paths");
        paths.addSerializer(Path.class, new JsonSerializer<>() {
            @Override
            public void serialize(Path value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.toString());
            }
        });
        paths.addDeserializer(Path.class, new JsonDeserializer<>() {
            @Override
            public Path deserialize(JsonParser in, DeserializationContext context) throws IOException {
                return Path.of(in.getValueAsString());
            }
        });
        return SmileMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(paths)
                .addMixIn(Block.class, BlockKinds.class)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Turn.class, name = "turn"),
            @JsonSubTypes.Type(value = Prose.class, name = "prose"),
            @JsonSubTypes.Type(value = EditorBlock.class, name = "ed"),
            @JsonSubTypes.Type(value = RelatedInset.class, name = "related"),
            @JsonSubTypes.Type(value = SectionHeading.class, name = "section")})
    private interface BlockKinds {
    }
}
