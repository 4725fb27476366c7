package org.verbatim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build's output, written into a fresh staging folder next to the target and moved into place by
 * {@link #commit()}. Until then the previous site stays exactly as it was; {@link #close()} without a
 * commit throws the staging folder away. A file whose bytes equal the previous site's file at the same path is not
 * written but hard-linked to it ({@link UnchangedFileLink}), so an unchanged site is not copied to be replaced,
 * and unchanged files keep their inode and modification time.
 *
 * <p>The site that a commit replaces is not deleted but kept beside the target as its spare
 * ({@code .site.spare}), and the next build stages into that spare instead of a new folder: a kept file that
 * is already a link to the current site's file costs one look, where linking tens of thousands of files into a
 * new folder and deleting the old site afterwards cost most of a warm build. Nothing in the spare is trusted:
 * a file is kept only when it is the current site's very file (same inode), written files replace what was
 * there, and whatever the build did not place is deleted before the swap.
 */
public final class StagedOutput implements SiteOutput, AutoCloseable {
    private final Path target;
    private final Path staging;
    /** Files the staging folder held when it was opened (a spare's), those the build places are taken out. */
    private final java.util.Set<Path> stale;
    /** Whether each folder of the previous site is inside it, not reached through a link: asked once per folder. */
    private final java.util.Map<Path, Boolean> insideFolders = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path targetReal;
    private final boolean fromSpare;
    private boolean committed;

    private StagedOutput(Path target, Path staging, java.util.Set<Path> stale, boolean fromSpare) throws IOException {
        this.target = target;
        this.staging = staging;
        this.stale = stale;
        this.fromSpare = fromSpare;
        this.targetReal = Files.isDirectory(target) ? target.toRealPath() : null;
    }

    /** Opens a new staging folder beside {@code target} (same file system, so the final move is a rename). */
    public static StagedOutput beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        recover(absolute);
        Path staging = Files.createTempDirectory(parent, prefix(absolute, "staging"));
        Path spare = spare(absolute);
        java.util.Set<Path> stale = java.util.concurrent.ConcurrentHashMap.newKeySet();
        boolean fromSpare = Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS);
        if (fromSpare) {
            Files.delete(staging);
            Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
            stale.addAll(regularFilesOnly(staging));
        }
        return new StagedOutput(absolute, staging, stale, fromSpare);
    }

    /** Where the site a commit replaces waits to become the next build's staging folder. */
    private static Path spare(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".spare");
    }

    /**
     * The regular files under {@code root}; anything else there (a link, a device) is removed first, so that no
     * write into the staging folder can follow a link out of it.
     */
    private static List<Path> regularFilesOnly(Path root) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        // walkFileTree hands each file's attributes from the one lstat it makes (links not followed).
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes)
                    throws IOException {
                if (attributes.isRegularFile()) {
                    files.add(file);
                } else if (!attributes.isDirectory()) {
                    Files.delete(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /**
     * Tidies up after builds that were killed: a site left aside in the instant between the two renames of
     * {@link #commit()} is put back, and the staging folders of builds no longer running are removed.
     */
    public static void recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith("." + absolute.getFileName() + "."))
                    .sorted().toList();
        }
        for (Path leftover : leftovers) {
            String name = leftover.getFileName().toString();
            if (ownerIsRunning(name) || leftover.equals(spare(absolute))) {
                continue;
            }
            if (name.startsWith("." + absolute.getFileName() + ".previous-") && !Files.exists(absolute)) {
                Files.move(leftover, absolute, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
    }

    /** Leftover folders carry the id of the process that made them, so a running build's are never touched. */
    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    private static boolean ownerIsRunning(String leftoverName) {
        String[] parts = leftoverName.split("-");
        if (parts.length < 3) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[parts.length - 2]);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Writes a UTF-8 text file at {@code relativePath} ('/'-separated), refusing any path that escapes. */
    public void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the file at {@code relativePath} as {@code content} produces it, through a buffer. */
    @Override
    public void write(String relativePath, Content content) throws IOException {
        Path file = resolve(relativePath);
        stale.remove(file);
        Files.createDirectories(file.getParent());
        // A file written twice, or left in the spare, is replaced, never written into: it may be a link to the
        // previous site's file.
        Files.deleteIfExists(file);
        Path previous = target.resolve(staging.relativize(file).toString());
        try (java.io.OutputStream out = insidePreviousSite(previous)
                ? new UnchangedFileLink(previous, file)
                : new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Hard-links the previous site's file into the staged site; false when there is none or links are refused. */
    @Override
    public boolean keepPrevious(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        Path previous = target.resolve(staging.relativize(file).toString());
        if (!insidePreviousSite(previous)) {
            return false;
        }
        if (stale.remove(file) && sameFile(file, previous)) {
            return true;
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createLink(file, previous);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;  // a file system without hard links: the file is rendered and written instead
        }
    }

    /**
     * Whether {@code previous} is a regular file of the previous site itself: not a link, and not reached through a
     * linked folder, so the new site never shares a file with anything outside it.
     */
    private boolean insidePreviousSite(Path previous) throws IOException {
        if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return targetReal != null && insideFolders.computeIfAbsent(previous.getParent(), folder -> {
            try {
                return folder.toRealPath().startsWith(targetReal);
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        Object keyA = Files.readAttributes(a, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        Object keyB = Files.readAttributes(b, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        return keyA != null && keyA.equals(keyB);
    }

    /** Copies a folder tree (regular files only; links are not followed) to {@code relativeDir}. */
    @Override
    public void copyTree(Path from, String relativeDir) throws IOException {
        String into = SiteOutput.normalized(relativeDir);
        for (String path : SiteOutput.regularFiles(from)) {
            write(into + "/" + path, out -> Files.copy(from.resolve(path), out));
        }
    }

    Path resolve(String relativePath) {
        return staging.resolve(SiteOutput.normalized(relativePath));
    }

    /**
     * Replaces the target with the staged site: two renames, after the spare's files this build did not place
     * are deleted; the old site becomes the spare.
     */
    public void commit() throws IOException {
        for (Path file : stale) {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); !folder.equals(staging); folder = folder.getParent()) {
                try {
                    Files.delete(folder);
                } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                    break;
                }
            }
        }
        stale.clear();
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), prefix(target, "previous"));
            Files.delete(previous);
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        if (previous != null) {
            try {
                Files.move(previous, spare(target), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteTree(previous);
            }
        }
    }

    /**
     * Without a commit the staging folder is removed, or given back as the spare when it was one (nothing in it
     * is trusted), so that a failed build leaves the folder beside the site as it found it.
     */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        if (fromSpare) {
            try {
                Files.move(staging, spare(target), StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (IOException e) {
                // removed below, as a new staging folder is
            }
        }
        deleteTree(staging);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
