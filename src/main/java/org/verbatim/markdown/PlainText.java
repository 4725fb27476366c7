package org.verbatim.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.html.HtmlRenderer;
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
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.verbatim.markdown.ext.topicmarks.TopicMarkNode;

/** The words of a passage as a reader sees them, paragraphs apart, without note markers or topic marks. */
final class PlainText {
    private PlainText() {
    }

    /** A passage's words twice: {@code text}, everything readable; {@code prose}, without code and bare URLs. */
    record Words(String text, String prose) {
    }

    /** Everything a reader can read, code included. */
    static String of(Iterable<Node> blocks) {
        return words(blocks).text();
    }

    /** Both readings of the blocks, collected in one walk; topic aliases must never match code or bare URLs. */
    static Words words(Iterable<Node> blocks) {
        StringBuilder text = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        for (Node block : blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            if (!prose.isEmpty()) {
                prose.append("\n\n");
            }
            append(block, text, prose);
        }
        String all = text.toString().strip();
        String words = prose.toString().strip();
        return new Words(all, words.equals(all) ? all : words);
    }

    /** Appends the node's words to {@code text}, and to {@code prose} too unless {@code prose} is null (in code). */
    private static void append(Node node, StringBuilder text, StringBuilder prose) {
        if (node instanceof Footnote || node instanceof TopicMarkNode) {
            return;
        }
        if (prose != null && (node instanceof Code || node instanceof CodeBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof AutoLink || node instanceof MailLink)) {
            prose = null;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            both(text, prose, " ");
        } else if (node instanceof Text) {
            characters(node.getChars(), text, prose);
        } else if (node instanceof Code code) {
            both(text, prose, code.getText().toString());
        } else if ((node instanceof HtmlInlineBase || node instanceof HtmlBlockBase)
                && HtmlRenderer.ESCAPE_HTML.get(node.getDocument())) {
            // Raw HTML that the site escapes is shown as the characters it is, so they are words of the passage.
            both(text, prose, node.getChars().toString().strip());
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, text, prose);
        }
        if (node instanceof Block && node.getNext() != null && !(node.getParent() instanceof Document)) {
            both(text, prose, " ");
        }
    }

    private static void characters(BasedSequence chars, StringBuilder text, StringBuilder prose) {
        if (chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0) {
            both(text, prose, chars.unescape());  // a regex pass; most text has nothing to unescape
        } else {
            both(text, prose, SourceChars.of(chars));
        }
    }

    private static void both(StringBuilder text, StringBuilder prose, String words) {
        text.append(words);
        if (prose != null) {
            prose.append(words);
        }
    }
}
