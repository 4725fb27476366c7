package org.verbatim.render.partials;

/**
 * A section heading inside the conversation ({@code partials/section.html}): its anchor and text, and for a
 * timed heading (a segment) its time as shown, as an ISO duration and in seconds, with the recording at that
 * moment ({@code timeHref}, empty without a recording); all empty for an untimed heading.
 */
public record SectionView(String id, String text, String time, String timeDatetime, String start, String timeHref) {
    public SectionView(String id, String text) {
        this(id, text, "", "", "", "");
    }

    public boolean hasTime() {
        return !time.isEmpty();
    }

    public boolean hasTimeLink() {
        return !timeHref.isEmpty();
    }
}
