package org.verbatim.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.verbatim.model.FileDiagnostics;

/** Reads content files as strict UTF-8, reporting the line and column of the first invalid byte. */
public final class SourceReader {

    /** Returns the decoded file, or empty after reporting why it cannot be read. */
    public Optional<SourceFile> read(Path path, FileDiagnostics problems) {
        return bytes(path, problems).flatMap(bytes -> decode(path, bytes, problems));
    }

    /** The file's bytes, or empty after reporting why it cannot be read. */
    public Optional<byte[]> bytes(Path path, FileDiagnostics problems) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            problems.error(1, 1, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The file read from {@code bytes}, or empty after reporting why they are no text. */
    public Optional<SourceFile> decode(Path path, byte[] bytes, FileDiagnostics problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            reportInvalidByte(bytes, problems);
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            int at = text.indexOf('\0');
            problems.error(lineOf(text, at), columnOf(text, at), "file contains a NUL character; is it a text file?");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(path, text.replace("\r\n", "\n").replace('\r', '\n')));
    }

    private static void reportInvalidByte(byte[] bytes, FileDiagnostics problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        String valid = out.toString();
        problems.error(lineOf(valid, valid.length()), columnOf(valid, valid.length()),
                String.format("not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[in.position()] & 0xFF));
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int columnOf(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }
}
