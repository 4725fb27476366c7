package org.verbatim.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The corpus of sites in {@code src/test/resources/sites} that {@link GoldenSitesTest} and {@link InvalidSitesTest}
 * build: where the cases are, the switch that rewrites their expected files, and what both tests need to read,
 * write and compare folders of files. See {@code src/test/resources/sites/README.md}.
 */
final class GoldenCorpus {
    /** Read from the source tree, not the class path, so that the update switch rewrites the files under review. */
    static final Path SITES = Paths.get("src/test/resources/sites").toAbsolutePath();
    static final Path INVALID = SITES.resolve("invalid");

    /** The one switch: {@code -Dverbatim.updateGolden=true} rewrites expected files from what the build does now. */
    static final String UPDATE_PROPERTY = "verbatim.updateGolden";

    private GoldenCorpus() {
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** The names of the sub-folders of {@code parent} that hold a {@code content/} folder, sorted. */
    static Stream<String> cases(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(child -> Files.isDirectory(child.resolve("content")))
                    .map(child -> child.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extra command-line arguments of a case: {@code options.txt}, one a line, {@code #} starting a comment line. */
    static List<String> options(Path caseFolder) throws IOException {
        Path file = caseFolder.resolve("options.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** Every regular file under {@code root} by its path relative to it, with {@code /} as separator. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(relative(root, file), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /**
     * Every file and folder under {@code root} with what identifies its state (content and modification time for a
     * file), so that a comparison of two fingerprints catches a file changed, touched, added or removed anywhere.
     */
    static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.toList()) {
                String state = Files.isDirectory(path) ? "folder"
                        : java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(path)))
                                + " modified " + Files.getLastModifiedTime(path);
                entries.put(relative(root, path), state);
            }
        }
        return entries;
    }

    /** What differs between two {@link #fingerprint}s, one line a path: added, removed or changed. */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        new java.util.TreeSet<>(union(before.keySet(), after.keySet())).forEach(path -> {
            String was = before.get(path);
            String is = after.get(path);
            if (was == null) {
                changes.add("added: " + path);
            } else if (is == null) {
                changes.add("removed: " + path);
            } else if (!was.equals(is)) {
                changes.add("changed: " + path + " (" + was + " → " + is + ")");
            }
        });
        return changes;
    }

    static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Replaces {@code folder} with exactly {@code files}, so that files the build no longer writes are deleted. */
    static void rewrite(Path folder, Map<String, byte[]> files) throws IOException {
        deleteTree(folder);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * The lines where {@code expected} and {@code actual} differ, as one hunk between their common first and last
     * lines, with a little context and long runs cut: enough to see what changed without the whole file.
     */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        if (head == a.size() && head == b.size()) {
            return "  (the same lines; the files differ in line endings or a final newline)";
        }
        int context = 2;
        int shown = 12;
        List<String> out = new ArrayList<>();
        out.add("  @@ line " + (head + 1) + " @@");
        for (int i = Math.max(0, head - context); i < head; i++) {
            out.add("    " + a.get(i));
        }
        hunk(out, "  - ", a.subList(head, a.size() - tail), shown);
        hunk(out, "  + ", b.subList(head, b.size() - tail), shown);
        for (int i = a.size() - tail; i < Math.min(a.size(), a.size() - tail + context); i++) {
            out.add("    " + a.get(i));
        }
        return String.join("\n", out);
    }

    private static void hunk(List<String> out, String prefix, List<String> lines, int shown) {
        lines.stream().limit(shown).forEach(line -> out.add(prefix + line));
        if (lines.size() > shown) {
            out.add(prefix + "… " + (lines.size() - shown) + " more line(s)");
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
