package org.verbatim.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rule for speaker ids, shared by the front matter that declares them and the turn labels that use them:
 * letters and digits of any script, each letter possibly followed by combining marks, starting with a letter
 * ({@code MF}, {@code ÉV}, {@code ŁK}, {@code Ö1}, {@code МИ}, {@code 张}). Both sides are compared in NFC, so a
 * decomposed "É" typed in the body matches a composed one in the front matter.
 */
public final class SpeakerIds {
    /** An id, as a regular expression: for the label at the start of a turn, followed by a colon. */
    public static final String PATTERN = "\\p{L}\\p{M}*(?:[\\p{L}\\p{Nd}]\\p{M}*)*";

    private static final Pattern ID = Pattern.compile(PATTERN);

    private SpeakerIds() {
    }

    public static String normalize(String id) {
        return Normalizer.isNormalized(id, Normalizer.Form.NFC) ? id : Normalizer.normalize(id, Normalizer.Form.NFC);
    }

    /** Whether {@code id}, already normalised, is a speaker id. */
    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }
}
