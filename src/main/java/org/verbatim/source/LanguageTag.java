package org.verbatim.source;

import java.util.regex.Pattern;

/** Checks BCP 47 language tags as written in front matter and settings. */
public final class LanguageTag {
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private LanguageTag() {
    }

    public static boolean isValid(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }
}
