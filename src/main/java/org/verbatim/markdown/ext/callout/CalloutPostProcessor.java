package org.verbatim.markdown.ext.callout;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a block quote whose first line is {@code [!ed]} or {@code [!related]} into a {@link Callout},
 * dropping the marker. Other quotes, including {@code [!note]}, stay quotes.
 */
final class CalloutPostProcessor extends NodePostProcessor {
    private static final Pattern MARKER = Pattern.compile("^\\[!([A-Za-z]+)\\][ \\t]*");

    @Override
    public void process(NodeTracker state, Node node) {
        if (!(node instanceof BlockQuote quote) || !(quote.getFirstChild() instanceof Paragraph first)) {
            return;
        }
        BasedSequence chars = first.getChars();
        Matcher matcher = MARKER.matcher(chars);
        if (!matcher.find()) {
            return;
        }
        CalloutKind.forMarker(matcher.group(1)).ifPresent(kind -> {
            dropMarker(first, chars.getStartOffset() + matcher.end());
            Callout callout = new Callout(quote.getChars(), kind);
            callout.takeChildren(quote);
            quote.insertBefore(callout);
            quote.unlink();
            state.nodeRemoved(quote);
            state.nodeAddedWithChildren(callout);
        });
    }

    /** Removes the inline nodes that spell the marker, then the line break after it. */
    private static void dropMarker(Paragraph paragraph, int markerEnd) {
        Node child = paragraph.getFirstChild();
        while (child != null && child.getStartOffset() < markerEnd) {
            Node next = child.getNext();
            if (child.getEndOffset() <= markerEnd) {
                child.unlink();
            } else if (child instanceof Text) {
                child.setChars(child.getChars().subSequence(markerEnd - child.getStartOffset()));
            }
            child = next;
        }
        if (paragraph.getFirstChild() instanceof SoftLineBreak lineBreak) {
            lineBreak.unlink();
        }
        if (!paragraph.hasChildren()) {
            paragraph.unlink();
        }
    }

    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new CalloutPostProcessor();
        }
    }
}
