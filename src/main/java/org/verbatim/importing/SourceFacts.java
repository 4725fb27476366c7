package org.verbatim.importing;

import java.time.LocalDate;
import java.util.List;
import org.verbatim.model.Timecode;

/**
 * What a source says about its interview besides the words: null (or empty) for what it does not say. Names are
 * as the source writes them ({@code Doe, Jane} in OHMS); {@code language} is a BCP 47 tag or a language's English
 * name; {@code media} the recording's address.
 */
public record SourceFacts(String title, LocalDate date, List<String> interviewers, List<String> interviewees,
                          String repository, String accession, String language, String media, Timecode duration) {
    public static final SourceFacts NONE = new SourceFacts(null, null, List.of(), List.of(), null, null, null, null, null);

    public SourceFacts {
        interviewers = List.copyOf(interviewers);
        interviewees = List.copyOf(interviewees);
    }
}
