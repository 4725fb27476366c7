package org.verbatim.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A file ready to be written: its path under the output folder, with '/' separators, and its UTF-8 bytes.
 * JSON goes straight to bytes; text is encoded once, on the rendering thread. A file that grows with the
 * archive ({@code index.json}) is instead {@linkplain #streamed streamed}: written to the output as it is
 * produced, its bytes made only for whoever asks for them (the preview, tests).
 */
public record RenderedPage(String path, byte[] bytes, Body body) {

    /** What writes a streamed file. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public RenderedPage(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    /** A page or other text file, encoded as UTF-8. */
    public static RenderedPage text(String path, String text) {
        return new RenderedPage(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file written by {@code body} straight to where it goes, never held whole. */
    public static RenderedPage streamed(String path, Body body) {
        return new RenderedPage(path, null, body);
    }

    /** The file's bytes; a streamed file is written into memory for them. */
    @Override
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
        } else {
            body.writeTo(out);
        }
    }

    /** The file as text. */
    public String html() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
