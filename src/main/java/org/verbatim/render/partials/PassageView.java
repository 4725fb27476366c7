package org.verbatim.render.partials;

/**
 * One passage on a topic page ({@code partials/passage.html}): the speaker's role and name, a link to the turn,
 * the passage's number written out ("§12"), and the excerpt split around the words that matched the topic
 * ({@code match} is empty when the passage was tagged by hand); for a timed turn its time as shown and as an ISO
 * duration, and {@code momentHref}, the interview's page opened at that moment when it has a recording (all
 * empty otherwise).
 */
public record PassageView(String role, String href, String speakerName, int number, String numberLabel,
                          String before, String match, String after, String time, String timeDatetime,
                          String momentHref) {
    public boolean hasTime() {
        return !time.isEmpty();
    }

    public boolean hasMomentLink() {
        return !momentHref.isEmpty();
    }

    public boolean hasMatch() {
        return !match.isEmpty();
    }
}
