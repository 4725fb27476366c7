package org.verbatim.markdown.ext.editornote;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Recognises {@code [ed: …]} where flexmark would otherwise look for a link. */
final class EditorNoteLinkRefProcessor implements LinkRefProcessor {
    private static final String OPENER = "[ed:";

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return nodeChars.length() > OPENER.length() + 1
                && nodeChars.startsWith(OPENER)
                && nodeChars.endCharAt(1) == ']';
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        return new EditorNote(nodeChars);
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return node.getChars().subSequence(OPENER.length(), node.getChars().length() - 1).trim();
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return true;
    }

    @Override
    public void updateNodeElements(Document document, Node node) {
        // nothing to update: the node keeps its full source span
    }

    static final class Factory implements LinkRefProcessorFactory {
        @Override
        public LinkRefProcessor apply(Document document) {
            return new EditorNoteLinkRefProcessor();
        }

        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }
    }
}
