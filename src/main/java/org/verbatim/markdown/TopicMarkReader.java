package org.verbatim.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.verbatim.markdown.ext.topicmarks.TopicMarkNode;
import org.verbatim.model.NearestName;
import org.verbatim.model.TopicMark;
import org.verbatim.model.TopicVocabulary;

/** Reads a passage's {@code {topics: …}} marks, checking each id against the vocabulary. */
public final class TopicMarkReader {
    private static final Pattern ID = Pattern.compile("-?[a-z0-9]+(-[a-z0-9]+)*");

    private final TopicVocabulary vocabulary;

    public TopicMarkReader(TopicVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    boolean hasMarks(Node node) {
        for (Node descendant : node.getDescendants()) {
            if (descendant instanceof TopicMarkNode) {
                return true;
            }
        }
        return false;
    }

    /** The marks in {@code nodes}, removed from the tree together with the line break before each. */
    List<TopicMark> take(List<Node> nodes, Problems problems) {
        List<TopicMark> marks = new ArrayList<>();
        for (Node node : nodes) {
            List<TopicMarkNode> found = new ArrayList<>();
            for (Node descendant : node.getDescendants()) {
                if (descendant instanceof TopicMarkNode mark) {
                    found.add(mark);
                }
            }
            for (TopicMarkNode mark : found) {
                if (mark.entries().isEmpty()) {
                    problems.at(mark, "{topics: …} names no topic");
                }
                for (BasedSequence entry : mark.entries()) {
                    read(entry, problems, marks);
                }
                if (mark.getPrevious() instanceof SoftLineBreak lineBreak) {
                    lineBreak.unlink();
                }
                mark.unlink();
            }
        }
        return marks;
    }

    private void read(BasedSequence entry, Problems problems, List<TopicMark> marks) {
        String text = entry.toString();
        if (!ID.matcher(text).matches()) {
            problems.at(entry.getStartOffset(), "'" + text + "' is not a topic id (lower-case letters, digits, hyphens; '-id' removes)");
            return;
        }
        boolean removes = text.startsWith("-");
        String id = removes ? text.substring(1) : text;
        if (!vocabulary.contains(id)) {
            problems.at(entry.getStartOffset(), "unknown topic '" + id + "'"
                    + NearestName.hint(id, vocabulary.byId().keySet()) + "; topics are declared in topics.yaml");
            return;
        }
        TopicMark mark = new TopicMark(id, removes);
        if (!marks.contains(mark)) {
            marks.add(mark);
        }
    }
}
