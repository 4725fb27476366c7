package org.verbatim.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.verbatim.output.CheckedTextFile;

/**
 * What the last build with a cache read and wrote, by how every file looked: each file of the content folder and
 * of the theme (size, modification and change times, inode), the program and the options, and each file and
 * folder of the site it left. A build that finds all of them looking the same has nothing to do, since a build
 * is a function of its inputs: it leaves the site as it is, the check make and git make. Anything that differs,
 * however little (a file touched, added or removed on either side), and the build goes the whole way, whose
 * output the record never replaces. Inputs that had changed less than a settling time before they were looked
 * at are not recorded (see {@link SourceStamps}). Kept in the build cache, one per site folder; missing,
 * truncated or altered, it reads as nothing recorded.
 */
final class BuildRecord {
    private static final String MAGIC = "verbatim-build-record 1 ";

    /** What a build found its inputs looking like before it read them. */
    record Inputs(String digest, boolean settled) {
    }

    /** What the build that recorded them said: interviews, files, and the notes it told the user. */
    record Outcome(int interviews, int files, List<String> notes) {
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
        String site = options.output().toAbsolutePath().normalize().toString();
        return new BuildRecord(options.cacheDir().resolve("outputs")
                .resolve(HexFormat.of().formatHex(ParseCache.sha256().digest(site.getBytes(StandardCharsets.UTF_8)))
                        + ".record"));
    }

    /**
     * The inputs of a build with {@code options} by {@code program}, as they look now: settled when every file had
     * last changed at least {@code settledMillis} before.
     */
    static Inputs inputs(BuildOptions options, String program, long settledMillis) {
        try {
            return lookAtInputs(options, program, settledMillis);
        } catch (IOException | RuntimeException e) {
            return new Inputs("", false);  // what cannot be looked at is read, as if it had changed
        }
    }

    private static Inputs lookAtInputs(BuildOptions options, String program, long settledMillis) throws IOException {
        MessageDigest digest = ParseCache.sha256();
        String switches = String.join("\n", program, "offline=" + options.offline(), "drafts=" + options.includeDrafts(),
                "baseUrl=" + options.baseUrl(), "content=" + absolute(options.content()),
                "templates=" + absolute(options.templates()), "site=" + absolute(options.output()));
        ParseCache.update(digest, switches.getBytes(StandardCharsets.UTF_8));
        long now = System.currentTimeMillis();
        boolean settled = true;
        for (Path root : List.of(options.content(), options.templates())) {
            for (Look look : look(root, true)) {
                ParseCache.update(digest, look.line().getBytes(StandardCharsets.UTF_8));
                settled &= settledMillis <= 0 || look.changedMillis() < now - settledMillis;
            }
            ParseCache.update(digest, "\n/".getBytes(StandardCharsets.UTF_8));
        }
        return new Inputs(HexFormat.of().formatHex(digest.digest()), settled);
    }

    /** What the build recorded said, when {@code inputs} are the ones it read and the site is as it left it. */
    Optional<Outcome> unchanged(Inputs inputs, Path site) {
        Optional<String> body = CheckedTextFile.read(file, MAGIC);
        if (body.isEmpty() || inputs.digest().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = List.of(body.get().split("\n", -1));
        try {
            if (lines.size() < 4 || !lines.get(0).equals("inputs\t" + inputs.digest())
                    || !lines.get(1).equals("site\t" + outputs(site))) {
                return Optional.empty();
            }
            List<String> notes = lines.subList(4, lines.size()).stream().filter(line -> line.startsWith("note\t"))
                    .map(line -> line.substring("note\t".length())).toList();
            return Optional.of(new Outcome(Integer.parseInt(field(lines.get(2), "interviews")),
                    Integer.parseInt(field(lines.get(3), "files")), notes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that a build read {@code inputs} and left {@code site} as it now is, saying {@code outcome}; when the
     * inputs had not settled, forgets instead, so the next build goes the whole way. A record that cannot be written
     * only costs the next build time.
     */
    void save(Inputs inputs, Path site, Outcome outcome) {
        try {
            if (!inputs.settled()) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder body = new StringBuilder().append("inputs\t").append(inputs.digest()).append('\n')
                    .append("site\t").append(outputs(site)).append('\n')
                    .append("interviews\t").append(outcome.interviews()).append('\n')
                    .append("files\t").append(outcome.files()).append('\n');
            outcome.notes().forEach(note -> body.append("note\t").append(note.replace('\n', ' ')).append('\n'));
            CheckedTextFile.write(file, MAGIC, body.toString());
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException gone) {
                // an old record stays: it describes another site, which the check of the site tells apart
            }
        }
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + "\t")) {
            throw new IllegalArgumentException(line);
        }
        return line.substring(name.length() + 1);
    }

    /** A digest of every file and folder of {@code site}, links not followed; a site that is not there has none. */
    private static String outputs(Path site) throws IOException {
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            return "none";
        }
        MessageDigest digest = ParseCache.sha256();
        for (Look look : look(site, false)) {
            ParseCache.update(digest, look.line().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** How one file or folder looked: a line naming it with its type, size, times and inode; when it last changed. */
    private record Look(String line, long changedMillis) {
    }

    /**
     * How everything under {@code root} looks, sorted by path. With {@code inputs}, only files, each as it reads
     * (through a link), and linked folders are not entered, as reading content does not enter them; otherwise
     * (a site) files, folders and links each as themselves.
     */
    private static List<Look> look(Path root, boolean inputs) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Look> looks;
        try {
            looks = new ArrayList<>(lookInside(root, "", inputs).toList());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        looks.sort(java.util.Comparator.comparing(Look::line));
        return looks;
    }

    private static Stream<Look> lookInside(Path folder, String prefix, boolean inputs) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        }
        // In parallel: a site's folder of interviews holds thousands of folders, each a few looks at the disk.
        return entries.parallelStream().flatMap(entry -> {
            try {
                return lookAt(entry, prefix + entry.getFileName(), inputs);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Stream<Look> lookAt(Path entry, String name, boolean inputs) throws IOException {
        Map<String, Object> own = Files.readAttributes(entry, "unix:mode,size,lastModifiedTime,ctime,ino",
                LinkOption.NOFOLLOW_LINKS);
        int type = (Integer) own.get("mode") & 0170000;
        if (type == 0040000) {
            Stream<Look> inside = lookInside(entry, name + "/", inputs);
            return inputs ? inside : Stream.concat(Stream.of(look(name + "/", own)), inside);
        }
        if (!inputs) {
            return Stream.of(look(name, own));
        }
        if (type == 0120000) {
            if (Files.isDirectory(entry)) {
                return Stream.empty();
            }
            if (!Files.exists(entry)) {
                return Stream.of(look(name, own));
            }
            own = Files.readAttributes(entry, "unix:mode,size,lastModifiedTime,ctime,ino");
        }
        return Stream.of(look(name, own));
    }

    private static Look look(String name, Map<String, Object> unix) {
        long modified = ((FileTime) unix.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
        long changed = ((FileTime) unix.get("ctime")).to(TimeUnit.NANOSECONDS);
        return new Look(name + '\0' + Integer.toOctalString((Integer) unix.get("mode")) + '\0' + unix.get("size") + '\0'
                + modified + '\0' + changed + '\0' + unix.get("ino") + '\n',
                Math.max(modified, changed) / 1_000_000);
    }
}
