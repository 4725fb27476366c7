package org.verbatim.render;

import java.nio.charset.StandardCharsets;

/**
 * Paths of the site as they go into URLs. Slugs of a {@code slugs: unicode} site keep letters of every script;
 * in a link they are percent-encoded as UTF-8, which every browser, server and file system decodes back to
 * the folder's name ({@code 张伟} is {@code %E5%BC%A0%E4%BC%9F}). ASCII paths pass through unchanged.
 */
public final class UrlPaths {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {
    }

    public static String encode(String path) {
        if (path.chars().allMatch(c -> c > 32 && c < 127)) {
            return path;
        }
        StringBuilder encoded = new StringBuilder(path.length() * 3);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 32 && c < 127) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }
}
