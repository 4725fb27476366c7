package org.verbatim.markdown.ext.turns;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.SpeakerIds;

/**
 * Finds a speaker label at the start of a paragraph and removes it from the paragraph. Only declared
 * speaker ids count, which is why this runs per interview rather than inside the shared parser.
 */
public final class SpeakerLabel {
    private static final Pattern LABEL = Pattern.compile("^(" + SpeakerIds.PATTERN + "):[ \\t]+");

    private SpeakerLabel() {
    }

    /** The declared speaker id that opens {@code paragraph}, now stripped from it; empty when there is none. */
    public static Optional<String> take(Paragraph paragraph, Set<String> declaredIds) {
        Node first = paragraph.getFirstChild();
        if (!(first instanceof Text text)) {
            return Optional.empty();
        }
        Matcher matcher = LABEL.matcher(text.getChars());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String id = SpeakerIds.normalize(matcher.group(1));
        if (!declaredIds.contains(id)) {
            return Optional.empty();
        }
        if (matcher.end() == text.getChars().length()) {
            text.unlink();
        } else {
            text.setChars(text.getChars().subSequence(matcher.end()));
        }
        return Optional.of(id);
    }
}
