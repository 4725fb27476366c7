package org.verbatim.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import org.verbatim.output.CheckedTextFile;

/**
 * What the last build with a cache read and wrote, by how every file looked: each file of the content folder and
 * of the theme (size, modification and change times, inode), the program and the options, and each file and
 * folder of the site it left (size, modification time, file key: what the output manifest trusts a file by). A
 * build that finds all of them looking the same has nothing to do, since a build is a function of its inputs: it
 * leaves the site as it is, the check make and git make. Anything that differs, however little (a file touched,
 * added or removed on either side), and the build goes the whole way.
 *
 * <p>A source that had changed less than a settling time before it was looked at could change again within the
 * same tick of the file system's clock and still look the same; as git does with such "racy" files, its digest is
 * taken when it is looked at, and a later build compares its bytes, not its look. Kept in the build cache, one per
 * site folder; missing, truncated or altered, it reads as nothing recorded.
 */
final class BuildRecord {
    private static final String MAGIC = "verbatim-build-record 2 ";

    /** What a build found its inputs looking like before it read them. */
    static final class Inputs {
        private final String options;
        private final List<Path> roots;
        /** Each source by its root's number and path, with its look and, for one that had not settled, its digest. */
        private final Map<String, Source> sources;

        private Inputs(String options, List<Path> roots, Map<String, Source> sources) {
            this.options = options;
            this.roots = roots;
            this.sources = sources;
        }

        /**
         * The same look with the digests of the sources that had not settled taken again from their bytes now, as a
         * build looking within the same tick of the file system's clock would have it (tests).
         */
        Inputs lookedAtAgainAtOnce() {
            Map<String, Source> again = new TreeMap<>();
            sources.forEach((name, source) -> again.put(name, new Source(source.look(),
                    source.digest() == null ? null : digestOf(pathOf(name)))));
            return new Inputs(options, roots, again);
        }

        private Path pathOf(String name) {
            int slash = name.indexOf('/');
            return roots.get(Integer.parseInt(name.substring(0, slash))).resolve(name.substring(slash + 1));
        }

        /** The bytes' digest of the source recorded as {@code name}, as it is now; null when it cannot be read. */
        private String digestNow(String name) {
            Source seen = sources.get(name);
            if (seen != null && seen.digest() != null) {
                return seen.digest();
            }
            return digestOf(pathOf(name));
        }
    }

    /** A source's look (type, size, times, inode) and, when it had changed just before it was looked at, its digest. */
    record Source(String look, String digest) {
    }

    /** What the build that recorded them said: interviews, files, the cache's size in bytes, and its notes. */
    record Outcome(int interviews, int files, long cacheBytes, List<String> notes) {
    }

    private final Path file;

    private BuildRecord(Path file) {
        this.file = file;
    }

    /** The record of builds into {@code options.output()}; null without a cache. */
    static BuildRecord of(BuildOptions options) {
        if (options.cacheDir() == null) {
            return null;
        }
        String site = absolute(options.output());
        return new BuildRecord(options.cacheDir().resolve("outputs")
                .resolve(HexFormat.of().formatHex(ParseCache.sha256().digest(site.getBytes(StandardCharsets.UTF_8)))
                        + ".record"));
    }

    /**
     * The inputs of a build with {@code options} by {@code program}, as they look now; the digest of each source
     * that changed less than {@code settledMillis} before is taken now too (tests: 0, none). Null when they
     * cannot all be looked at: then the build reads everything, as if all had changed.
     */
    static Inputs inputs(BuildOptions options, String program, long settledMillis) {
        String switches = String.join("\t", program.replace('\n', ' '), "offline=" + options.offline(),
                "drafts=" + options.includeDrafts(), "baseUrl=" + options.baseUrl(), "content=" + absolute(options.content()),
                "templates=" + absolute(options.templates()));
        List<Path> roots = List.of(options.content(), options.templates());
        long now = System.currentTimeMillis();
        try {
            Map<String, Source> sources = new TreeMap<>();
            for (int root = 0; root < roots.size(); root++) {
                for (Look look : look(roots.get(root), true)) {
                    if (look.name().indexOf('\t') >= 0 || look.name().indexOf('\n') >= 0) {
                        return null;  // a name the record's lines could not hold
                    }
                    boolean racy = settledMillis > 0 && look.changedMillis() >= now - settledMillis;
                    String digest = racy ? digestOf(roots.get(root).resolve(look.name())) : null;
                    if (racy && digest == null) {
                        return null;
                    }
                    sources.put(root + "/" + look.name(), new Source(look.attributes(), digest));
                }
            }
            return new Inputs(digestOf(switches), roots, sources);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What the build recorded said, when {@code inputs} are the ones it read and the site is as it left it. */
    Optional<Outcome> unchanged(Inputs inputs, Path site) {
        Optional<String> body = CheckedTextFile.read(file, MAGIC);
        if (inputs == null || body.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] lines = body.get().split("\n");
            if (lines.length < 5 || !lines[0].equals("options\t" + inputs.options)) {
                return Optional.empty();
            }
            List<String> notes = new ArrayList<>();
            java.util.Set<String> sources = new java.util.HashSet<>();
            boolean settledSince = false;
            for (int i = 5; i < lines.length; i++) {
                String[] fields = lines[i].split("\t", -1);
                if (fields[0].equals("note")) {
                    notes.add(fields[1]);
                } else if (!fields[0].equals("source") || !sameSource(inputs, fields[1], fields[2], fields[3])) {
                    return Optional.empty();
                } else {
                    sources.add(fields[1]);
                    if (!fields[3].isEmpty() && inputs.sources.get(fields[1]).digest() == null) {
                        // Its bytes were what the build read, and it has not changed since: its look will do now.
                        lines[i] = String.join("\t", fields[0], fields[1], fields[2], "");
                        settledSince = true;
                    }
                }
            }
            // The site last: it is the longest look, and any source that differs has already said no.
            if (sources.size() != inputs.sources.size() || !lines[1].equals("site\t" + outputs(site))) {
                return Optional.empty();
            }
            if (settledSince) {
                rewrite(String.join("\n", lines) + "\n");
            }
            return Optional.of(new Outcome(Integer.parseInt(field(lines[2], "interviews")),
                    Integer.parseInt(field(lines[3], "files")), Long.parseLong(field(lines[4], "cache")), notes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the record again with {@code body}; one left as it was only costs the next build a digest or two. */
    private void rewrite(String body) {
        try {
            CheckedTextFile.write(file, MAGIC, body);
        } catch (IOException e) {
            // the next build compares those sources' bytes again
        }
    }

    private static boolean sameSource(Inputs inputs, String name, String look, String digest) {
        Source now = inputs.sources.get(name);
        if (now == null || !now.look().equals(look)) {
            return false;
        }
        // A source that had only just changed when it was recorded is the same only if its bytes are.
        return digest.isEmpty() || digest.equals(inputs.digestNow(name));
    }

    /**
     * Records that a build read {@code inputs} (null: they could not all be looked at, so nothing is recorded) and
     * left {@code site} as it now is, saying {@code outcome}. A record that cannot be written only costs the next
     * build time.
     */
    void save(Inputs inputs, Path site, Outcome outcome) {
        try {
            if (inputs == null) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder body = new StringBuilder(inputs.sources.size() * 120).append("options\t").append(inputs.options)
                    .append('\n').append("site\t").append(outputs(site)).append('\n')
                    .append("interviews\t").append(outcome.interviews()).append('\n')
                    .append("files\t").append(outcome.files()).append('\n')
                    .append("cache\t").append(outcome.cacheBytes()).append('\n');
            outcome.notes().forEach(note -> body.append("note\t").append(note.replace('\n', ' ').replace('\t', ' '))
                    .append('\n'));
            inputs.sources.forEach((name, source) -> body.append("source\t").append(name).append('\t')
                    .append(source.look()).append('\t').append(source.digest() == null ? "" : source.digest())
                    .append('\n'));
            CheckedTextFile.write(file, MAGIC, body.toString());
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException gone) {
                // an old record stays: the look of the site it records tells it from this one
            }
        }
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + "\t")) {
            throw new IllegalArgumentException(line);
        }
        return line.substring(name.length() + 1);
    }

    /** A digest of the look of every file and folder of {@code site}, links not followed; "none" for no site. */
    private static String outputs(Path site) throws IOException {
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            return "none";
        }
        MessageDigest digest = ParseCache.sha256();
        for (Look look : look(site, false)) {
            ParseCache.update(digest, (look.name() + '\0' + look.attributes() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of the bytes of {@code file}; null when it cannot be read. */
    private static String digestOf(Path file) {
        MessageDigest digest = ParseCache.sha256();
        // Streamed: a recording just copied into the content folder may be larger than the heap.
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        }
    }

    private static String digestOf(String text) {
        return HexFormat.of().formatHex(ParseCache.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** How one file or folder looked: its path, its type, size, times and inode, and when it last changed. */
    private record Look(String name, String attributes, long changedMillis) {
    }

    /**
     * How everything under {@code root} looks, sorted by path. For {@code sources}, only files, each as reading it
     * sees it (through a link), and linked folders are not entered, as reading content does not enter them;
     * otherwise (a site) files, folders and links each as themselves.
     */
    private static List<Look> look(Path root, boolean sources) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        // On every core: a site's files are looked at one system call each, and the kernel's time is most of it.
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Look> looks = pool.invoke(new FolderLook(root, "", sources));
            looks.sort(Comparator.comparing(Look::name));
            return looks;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    /** The looks of everything in one folder, its sub-folders looked at as tasks of their own. */
    private static final class FolderLook extends RecursiveTask<List<Look>> {
        private final Path folder;
        private final String prefix;
        private final boolean sources;

        FolderLook(Path folder, String prefix, boolean sources) {
            this.folder = folder;
            this.prefix = prefix;
            this.sources = sources;
        }

        @Override
        protected List<Look> compute() {
            List<Look> looks = new ArrayList<>();
            List<FolderLook> inside = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                for (Path entry : listing) {
                    if (sources) {
                        lookAtSource(entry, prefix + entry.getFileName(), looks, inside);
                    } else {
                        lookAtOutput(entry, prefix + entry.getFileName(), looks, inside);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (FolderLook task : inside) {
                looks.addAll(task.join());
            }
            return looks;
        }

        /** A source as reading content sees it: through a link to a file, never into a linked folder. */
        private void lookAtSource(Path entry, String name, List<Look> looks, List<FolderLook> inside) throws IOException {
            Map<String, Object> own = Files.readAttributes(entry, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            int type = (Integer) own.get("mode") & 0170000;
            if (type == 0040000) {
                FolderLook task = new FolderLook(entry, name + "/", true);
                task.fork();
                inside.add(task);
            } else if (type != 0120000) {
                looks.add(look(name, own));
            } else if (!Files.isDirectory(entry)) {
                looks.add(look(name, Files.exists(entry) ? Files.readAttributes(entry, ATTRIBUTES) : own));
            }
        }

        /**
         * A file of the site by its type, size, modification time and file key (device and inode), what the output
         * manifest trusts a file by, in one system call that needs no attribute names parsed: a site has six files
         * for each interview.
         */
        private void lookAtOutput(Path entry, String name, List<Look> looks, List<FolderLook> inside)
                throws IOException {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String type = own.isDirectory() ? "d" : own.isRegularFile() ? "f" : own.isSymbolicLink() ? "l" : "o";
            looks.add(new Look(own.isDirectory() ? name + "/" : name, type + ' ' + own.size() + ' '
                    + own.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ' ' + own.fileKey(), 0));
            if (own.isDirectory()) {
                FolderLook task = new FolderLook(entry, name + "/", false);
                task.fork();
                inside.add(task);
            }
        }
    }

    private static final String ATTRIBUTES = "unix:mode,size,lastModifiedTime,ctime,ino";

    private static Look look(String name, Map<String, Object> unix) {
        long modified = ((FileTime) unix.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
        long changed = ((FileTime) unix.get("ctime")).to(TimeUnit.NANOSECONDS);
        return new Look(name, Integer.toOctalString((Integer) unix.get("mode")) + ' ' + unix.get("size") + ' '
                + modified + ' ' + changed + ' ' + unix.get("ino"), Math.max(modified, changed) / 1_000_000);
    }
}
