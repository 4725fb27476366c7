package org.verbatim.model;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Turns names, titles and file names into URL slugs, the one rule for interview slugs, people pages and heading
 * anchors. {@link Script#ASCII} (the default) transliterates every script to Latin and keeps lower-case
 * {@code a-z}, digits and single hyphens ("Łukasz" gives {@code lukasz}, "张伟" {@code zhang-wei});
 * {@link Script#UNICODE} keeps the letters of every script, lower-cased and in NFKC ({@code 张伟},
 * {@code михаил-горбачёв}).
 */
public final class Slugs {
    /** The longest slug, in UTF-8 bytes: slugs become folder names, and file systems refuse names over 255 bytes. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern ASCII_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UNICODE_SLUG = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Nd}][\\p{M}]*"
            + "(?:[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Nd}][\\p{M}]*)*(?:-(?:[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Nd}][\\p{M}]*)+)*");

    /** Which letters a slug may keep; {@code site.yaml}'s {@code slugs:}. */
    public enum Script {
        ASCII, UNICODE
    }

    private static final Slugs ASCII = new Slugs(Script.ASCII);
    private static final Slugs UNICODE = new Slugs(Script.UNICODE);

    private final Script script;

    private Slugs(Script script) {
        this.script = script;
    }

    public static Slugs of(Script script) {
        return script == Script.UNICODE ? UNICODE : ASCII;
    }

    /** The default rule, ASCII slugs. */
    public static Slugs ascii() {
        return ASCII;
    }

    public Script script() {
        return script;
    }

    /** The slug of {@code text}, at most {@link #MAX_LENGTH} bytes; empty when the text has no letter or digit. */
    public String of(String text) {
        if (script == Script.UNICODE) {
            return unicode(text);
        }
        if (text.chars().allMatch(c -> c < 128)) {
            return asciiLetters(text);
        }
        // Accented Latin ("Éric Güell") is ASCII letters and marks once decomposed: no transliterator needed,
        // and a French or Spanish site never pays for building ICU's. The rest ("ß", "Ł", "张") goes through ICU.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        if (decomposed.chars().allMatch(c -> c < 128 || Character.getType(c) == Character.NON_SPACING_MARK)) {
            return asciiLetters(decomposed);
        }
        return asciiLetters(Transliteration.toLatinAscii(text));
    }

    /**
     * The slug of {@code text}, never empty: a text with no letter or digit (emoji, punctuation) gives
     * {@code prefix} and a short hash of the text, the same for the same text on every build.
     */
    public String orFallback(String text, String prefix) {
        String slug = of(text);
        return slug.isEmpty() ? fallback(text, prefix) : slug;
    }

    /** Whether {@code text} is a slug this rule could have made (for slugs an author writes). */
    public boolean isSlug(String text) {
        return (script == Script.UNICODE ? UNICODE_SLUG : ASCII_SLUG).matcher(text).matches();
    }

    /** What {@link #isSlug} asks for, in words for an error message. */
    public String describe() {
        return script == Script.UNICODE ? "lower-case letters of any script, digits and single hyphens"
                : "lower-case letters, digits and single hyphens";
    }

    /** {@code prefix}-{@code hash}: a stable stand-in for a text that gives no slug. */
    public static String fallback(String text, String prefix) {
        CRC32 crc = new CRC32();
        crc.update(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
        return prefix + "-" + String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static String asciiLetters(String letters) {
        StringBuilder slug = new StringBuilder(Math.min(letters.length(), MAX_LENGTH));
        boolean hyphen = false;
        for (int i = 0; i < letters.length() && slug.length() < MAX_LENGTH; i++) {
            char c = letters.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                appendAfter(slug, hyphen, c, MAX_LENGTH);
                hyphen = false;
            } else if (c >= 'A' && c <= 'Z') {
                appendAfter(slug, hyphen, Character.toLowerCase(c), MAX_LENGTH);
                hyphen = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                hyphen = true;  // any other character separates words; accents (marks) just vanish
            }
        }
        return slug.toString();
    }

    private static String unicode(String text) {
        // NFKC first: "ℂ", "𝐀" or a full-width "Ａ" would otherwise stay capital letters with no lower case.
        String letters = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(Math.min(letters.length(), MAX_LENGTH));
        int bytes = 0;
        boolean hyphen = false;
        boolean afterLetter = false;
        for (int i = 0; i < letters.length(); ) {
            int c = letters.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            boolean kept = type == Character.LOWERCASE_LETTER || type == Character.OTHER_LETTER
                    || type == Character.MODIFIER_LETTER || type == Character.DECIMAL_DIGIT_NUMBER;  // as isSlug allows
            if (kept || mark && afterLetter) {
                int size = utf8Length(c) + (hyphen && slug.length() > 0 && !mark ? 1 : 0);
                if (bytes + size > MAX_LENGTH) {
                    break;
                }
                if (hyphen && slug.length() > 0 && !mark) {
                    slug.append('-');
                }
                slug.appendCodePoint(c);
                bytes += size;
                hyphen = false;
                afterLetter = true;
            } else if (!mark) {
                hyphen = true;
                afterLetter = false;
            }
        }
        return slug.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static void appendAfter(StringBuilder slug, boolean hyphen, char c, int max) {
        if (hyphen && slug.length() > 0 && slug.length() < max - 1) {
            slug.append('-');
        }
        slug.append(c);
    }

    /**
     * ICU's transliterators, built on the first name that is not plain ASCII (about a second: most ASCII
     * sites never pay it) and shared by every thread. Russian BGN comes first so Cyrillic names read as
     * newspapers spell them ("Mikhail Gorbachev", not ISO 9's "Mihail Gorbačëv"); Any-Latin covers every
     * other script (Han as pinyin, Kana, Hangul, Greek, Arabic, Hebrew…) and Latin-ASCII folds the rest
     * ("ß" to "ss", "Ł" to "L", "Æ" to "AE").
     */
    private static final class Transliteration {
        private static final Transliterator TO_LATIN_ASCII =
                Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");

        static String toLatinAscii(String text) {
            // ICU documents transliterators as not safe for concurrent use; slugs are made a few times per interview.
            synchronized (TO_LATIN_ASCII) {
                return TO_LATIN_ASCII.transliterate(Normalizer.normalize(text, Normalizer.Form.NFKC));
            }
        }
    }
}
