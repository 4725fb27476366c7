package org.verbatim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a build's files go: a folder on disk, swapped in whole ({@link StagedOutput}), or memory for the preview
 * ({@link MemorySite.Pending}). Both keep the same promises, checked by one contract test: paths are '/'-separated
 * and relative, {@code a/./b/../c} is {@code a/c}, and one that would leave the site is refused with
 * {@link OutsideOutputException}; a path written twice holds the second file; {@link #copyTree} places the regular
 * files of a folder, links not followed. Writes may come from several threads at once, each path from one.
 */
public interface SiteOutput {

    /** What writes a file's bytes as they are produced, for files too large to hold whole. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the file at {@code relativePath} as {@code content} produces it. */
    void write(String relativePath, Content content) throws IOException;

    default void write(String relativePath, byte[] bytes) throws IOException {
        write(relativePath, out -> out.write(bytes));
    }

    /** Places the regular files under {@code from} (none if it is no folder) below {@code relativeDir}. */
    void copyTree(Path from, String relativeDir) throws IOException;

    /**
     * Keeps the previous site's file at {@code relativePath} as this output's, as it is, without writing it: true
     * when done; false when there is no previous file there to keep, and then the caller writes the file. Only
     * for a file the caller knows to be unchanged ({@link OutputManifest}); an output without a previous site on
     * disk keeps nothing.
     */
    default boolean keepPrevious(String relativePath) throws IOException {
        normalized(relativePath);
        return false;
    }

    /**
     * {@code relativePath} with {@code .} and {@code ..} segments resolved, or {@link OutsideOutputException} when it
     * is empty, absolute, uses backslashes or climbs out of the site.
     */
    static String normalized(String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")) {
            throw new OutsideOutputException(relativePath);
        }
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : relativePath.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new OutsideOutputException(relativePath);
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        if (segments.isEmpty() || relativePath.endsWith("/")) {
            throw new OutsideOutputException(relativePath);
        }
        return String.join("/", segments);
    }

    /** The '/'-separated paths of the regular files under {@code folder}, links not followed; none if no folder. */
    static java.util.List<String> regularFiles(Path folder) throws IOException {
        java.util.List<String> paths = new java.util.ArrayList<>();
        if (java.nio.file.Files.isDirectory(folder)) {
            java.nio.file.Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        paths.add(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        }
        return paths;
    }

}
