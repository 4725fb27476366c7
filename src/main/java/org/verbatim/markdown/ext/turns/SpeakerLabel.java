package org.verbatim.markdown.ext.turns;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.SpeakerIds;

/**
 * Finds a speaker label at the start of a paragraph and removes it from the paragraph, with the time that may
 * follow the id ({@code IC [00:02:13]: …}). Only declared speaker ids count, which is why this runs per
 * interview rather than inside the shared parser.
 */
public final class SpeakerLabel {
    private static final Pattern LABEL = Pattern.compile("^(" + SpeakerIds.PATTERN + ")(?:[ \\t]+\\[([^\\]\\n]*)\\])?:[ \\t]+");
    /** A time opening a paragraph: brackets holding digits and colons, so that {@code [laughs]} is left alone. */
    private static final Pattern TIME = Pattern.compile("^\\[(\\d[\\d:.]*:[\\d:.]*)\\][ \\t]+");

    private SpeakerLabel() {
    }

    /**
     * A label: the speaker's id, and the time written after it (without brackets) with its offset in the file, or
     * null and -1.
     */
    public record Label(String id, String time, int timeOffset) {
    }

    /** The declared speaker id that opens {@code paragraph}, now stripped from it; empty when there is none. */
    public static Optional<Label> take(Paragraph paragraph, Set<String> declaredIds) {
        BasedSequence lead = lead(paragraph);
        if (lead == null) {
            return Optional.empty();
        }
        Matcher matcher = LABEL.matcher(lead);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String id = SpeakerIds.normalize(matcher.group(1));
        if (!declaredIds.contains(id)) {
            return Optional.empty();
        }
        Label label = new Label(id, matcher.group(2), matcher.group(2) == null ? -1 : lead.getStartOffset() + matcher.start(2));
        strip(paragraph, lead.getStartOffset() + matcher.end());
        return Optional.of(label);
    }

    /**
     * The time that opens {@code paragraph} ({@code [00:04:40] And then…}) or a heading, now stripped from it, as
     * a label without an id; empty when there is none.
     */
    public static Optional<Label> takeTime(Node paragraph) {
        BasedSequence lead = lead(paragraph);
        if (lead == null) {
            return Optional.empty();
        }
        Matcher matcher = TIME.matcher(lead);
        if (!matcher.find()) {
            return Optional.empty();
        }
        Label label = new Label("", matcher.group(1), lead.getStartOffset() + matcher.start(1));
        strip(paragraph, lead.getStartOffset() + matcher.end());
        return Optional.of(label);
    }

    /**
     * The source of the paragraph's first line as written, from its first inline: a time in brackets is parsed as a
     * link reference ({@code [00:02:13]}), so the label can span several inline nodes. Null when the paragraph does
     * not open with text.
     */
    private static BasedSequence lead(Node paragraph) {
        Node first = paragraph.getFirstChild();
        if (!(first instanceof Text) && !(first instanceof LinkRef)) {
            return null;
        }
        BasedSequence base = first.getChars().getBaseSequence();
        int start = first.getStartOffset();
        int end = start;
        while (end < base.length() && base.charAt(end) != '\n') {
            end++;
        }
        return base.subSequence(start, end);
    }

    /** Removes the paragraph's inline nodes up to the file offset {@code end}, cutting a text node that straddles it. */
    private static void strip(Node paragraph, int end) {
        Node node = paragraph.getFirstChild();
        while (node != null && node.getStartOffset() < end) {
            Node next = node.getNext();
            if (node.getEndOffset() <= end) {
                node.unlink();
            } else if (node instanceof Text text) {
                text.setChars(text.getChars().subSequence(end - text.getStartOffset()));
            }
            node = next;
        }
    }
}
