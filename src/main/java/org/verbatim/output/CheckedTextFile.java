package org.verbatim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A text file of the build cache that says whether it is whole: a first line of a kind (such as
 * {@code verbatim-output-manifest 1}), the body's length in bytes and its CRC-32C, then the body. Written whole or
 * not at all ({@link WholeFile}); one that is missing, truncated or altered reads as nothing.
 */
public final class CheckedTextFile {
    private CheckedTextFile() {
    }

    /** Writes {@code body} to {@code file} under a first line of {@code kind} (ending in a space) and its checksum. */
    public static void write(Path file, String kind, String body) throws IOException {
        WholeFile.write(file, (kind + checksum(body) + "\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    /** The body of {@code file} when it is of {@code kind} and whole; empty otherwise. */
    public static Optional<String> read(Path file, String kind) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] stored = Files.readAllBytes(file);
            int newline = 0;
            while (newline < stored.length && stored[newline] != '\n') {
                newline++;
            }
            if (newline == stored.length) {
                return Optional.empty();
            }
            String header = new String(stored, 0, newline, StandardCharsets.US_ASCII);
            String body = new String(stored, newline + 1, stored.length - newline - 1, StandardCharsets.UTF_8);
            return header.equals(kind + checksum(body)) ? Optional.of(body) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String checksum(String body) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        crc.update(bytes);
        return bytes.length + " " + Long.toHexString(crc.getValue());
    }
}
