package org.verbatim.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import org.verbatim.markdown.ext.topicmarks.TopicMarkNode;

/** The words of a passage as a reader sees them, paragraphs apart, without note markers or topic marks. */
final class PlainText {
    private PlainText() {
    }

    /** Everything a reader can read, code included. */
    static String of(Iterable<Node> blocks) {
        return collect(blocks, true);
    }

    /** The speaker's prose only: no code and no bare URLs, which topic aliases must never match. */
    static String prose(Iterable<Node> blocks) {
        return collect(blocks, false);
    }

    private static String collect(Iterable<Node> blocks, boolean withCode) {
        StringBuilder text = new StringBuilder();
        for (Node block : blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            append(block, text, withCode);
        }
        return text.toString().strip();
    }

    private static void append(Node node, StringBuilder text, boolean withCode) {
        if (node instanceof Footnote || node instanceof TopicMarkNode) {
            return;
        }
        if (!withCode && (node instanceof Code || node instanceof CodeBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof AutoLink || node instanceof MailLink)) {
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof Text) {
            // Unescaping is a regex pass; most text has nothing to unescape.
            var chars = node.getChars();
            text.append(chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0 ? chars.unescape() : chars.toString());
        } else if (node instanceof Code code) {
            text.append(code.getText());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, text, withCode);
        }
        if (node instanceof Block && node.getNext() != null && !(node.getParent() instanceof Document)) {
            text.append(' ');
        }
    }
}
