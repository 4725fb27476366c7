package org.verbatim.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An interview's recording: {@code src} is a path under the content folder (copied beside the interview's page)
 * or an {@code https://} URL; {@code type} its MIME type; {@code poster} an image for a video, or empty;
 * {@code duration} in seconds when the author gave it, otherwise null.
 */
public record Media(String src, String type, String poster, Timecode duration) {
    /** The types the extensions stand for, as browsers expect them. */
    private static final Map<String, String> TYPES = Map.of("mp3", "audio/mpeg", "m4a", "audio/mp4", "ogg", "audio/ogg",
            "oga", "audio/ogg", "opus", "audio/ogg; codecs=opus", "wav", "audio/wav", "mp4", "video/mp4",
            "webm", "video/webm");

    public boolean isRemote() {
        return src.startsWith("https://") || src.startsWith("http://");
    }

    public boolean isVideo() {
        return type.startsWith("video/");
    }

    /** The file's name, which is also its name in the site beside the interview's page. */
    public String fileName() {
        String path = src.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The MIME type a file's extension stands for; empty for an extension that is not a known medium. */
    public static Optional<String> typeOf(String src) {
        String name = src.replaceFirst("[?#].*$", "");
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The extensions {@link #typeOf} knows, for messages. */
    public static String knownExtensions() {
        return String.join(", ", new java.util.TreeSet<>(TYPES.keySet()));
    }
}
