package org.verbatim.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment in an interview's recording, as a transcript writes it: {@code [MM:SS]}, {@code [H:MM:SS]} or
 * {@code [HH:MM:SS]}, with a fraction of a second if wanted ({@code [00:02:13.5]}). Kept to the millisecond.
 */
public record Timecode(long millis) implements Comparable<Timecode> {
    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:\\.(\\d{1,3}))?");

    public Timecode {
        if (millis < 0) {
            throw new IllegalArgumentException("a time cannot be negative");
        }
    }

    /** The time written as {@code text} (without its brackets); {@link IllegalArgumentException} says what is wrong. */
    public static Timecode parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'[" + text + "]' is not a time; write [MM:SS], [H:MM:SS] or [HH:MM:SS],"
                    + " e.g. [00:02:13] or [1:02:13.5]");
        }
        boolean hours = matcher.group(1) != null;
        long h = hours ? Long.parseLong(matcher.group(1)) : 0;
        long m = Long.parseLong(matcher.group(2));
        long s = Long.parseLong(matcher.group(3));
        if (s > 59) {
            throw new IllegalArgumentException("'[" + text + "]' is not a time: seconds go up to 59");
        }
        if (hours && m > 59) {
            throw new IllegalArgumentException("'[" + text + "]' is not a time: minutes go up to 59 after the hours");
        }
        String fraction = matcher.group(4) == null ? "" : matcher.group(4);
        long millis = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
        return new Timecode(((h * 60 + m) * 60 + s) * 1000 + millis);
    }

    public double seconds() {
        return millis / 1000.0;
    }

    /** Seconds as a media fragment and {@code data-start} give them: {@code 133}, {@code 133.5}. */
    public String decimalSeconds() {
        if (millis % 1000 == 0) {
            return Long.toString(millis / 1000);
        }
        return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000).replaceAll("0+$", "");
    }

    /** How a reader sees it: {@code 02:13}, {@code 1:02:13}; fractions left out. */
    public String label() {
        long total = millis / 1000;
        long h = total / 3600;
        long m = total / 60 % 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%02d:%02d", m, s);
    }

    /** An ISO 8601 duration for {@code <time datetime>}: {@code PT2M13S}, {@code PT1H2M13.5S}. */
    public String duration() {
        long total = millis / 1000;
        StringBuilder text = new StringBuilder("PT");
        if (total >= 3600) {
            text.append(total / 3600).append('H');
        }
        if (total >= 60) {
            text.append(total / 60 % 60).append('M');
        }
        String seconds = new Timecode(millis % 60_000).decimalSeconds();
        return text.append(seconds).append('S').toString();
    }

    /** As an author writes it in a transcript: {@code 00:02:13}, {@code 01:02:13.5}. */
    public String written() {
        String whole = String.format(Locale.ROOT, "%02d:%02d:%02d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60);
        return millis % 1000 == 0 ? whole : whole + String.format(Locale.ROOT, ".%03d", millis % 1000).replaceAll("0+$", "");
    }

    /** WebVTT's form: {@code 00:02:13.500}. */
    public String vtt() {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    @Override
    public int compareTo(Timecode other) {
        return Long.compare(millis, other.millis);
    }
}
