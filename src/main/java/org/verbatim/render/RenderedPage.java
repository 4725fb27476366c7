package org.verbatim.render;

import java.nio.charset.StandardCharsets;

/**
 * A file ready to be written: its path under the output folder, with '/' separators, and its UTF-8 bytes.
 * JSON goes straight to bytes; text is encoded once, on the rendering thread.
 */
public record RenderedPage(String path, byte[] bytes) {

    /** A page or other text file, encoded as UTF-8. */
    public static RenderedPage text(String path, String text) {
        return new RenderedPage(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file as text. */
    public String html() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
