package org.verbatim.source;

import java.util.Optional;
import org.verbatim.model.FileDiagnostics;

/** Splits an interview file at its {@code ---} fences, remembering where each part starts. */
public final class FrontMatterSplitter {
    private static final String FENCE = "---";

    /** Returns the two parts, or empty after reporting a missing or unclosed front matter block. */
    public Optional<InterviewSource> split(SourceFile file, FileDiagnostics problems) {
        String text = file.text();
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals(FENCE)) {
            problems.error(1, 1, "an interview must start with front matter: a line '---', YAML, then '---'");
            return Optional.empty();
        }
        int line = 2;
        int start = Math.min(firstEnd + 1, text.length());
        int position = start;
        while (position < text.length()) {
            int end = lineEnd(text, position);
            if (text.substring(position, end).stripTrailing().equals(FENCE)) {
                String yaml = text.substring(start, position);
                String body = end < text.length() ? text.substring(end + 1) : "";
                return Optional.of(new InterviewSource(file.path(), yaml, 2, body, line + 1));
            }
            position = end + 1;
            line++;
        }
        problems.error(1, 1, "front matter is not closed: add a line '---' after it");
        return Optional.empty();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
