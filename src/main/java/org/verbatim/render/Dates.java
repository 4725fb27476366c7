package org.verbatim.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.verbatim.model.Interview;

/** Formats interview dates for templates, in each interview's own language. */
public final class Dates {
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    /** The interview's date written out, e.g. "February 28, 2024" or "28 février 2024". */
    public String of(Interview interview) {
        return interview.date().format(formatters.computeIfAbsent(interview.language(), language ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))));
    }
}
