package org.verbatim.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.markdown.ext.callout.CalloutExtension;
import org.verbatim.markdown.ext.editornote.EditorNoteExtension;
import org.verbatim.markdown.ext.footnotes.NoteReferenceExtension;
import org.verbatim.markdown.ext.topicmarks.TopicMarkExtension;

/**
 * The flexmark parser and renderer with Verbatim's extensions, built once per build and shared by every
 * interview and thread (flexmark's parser and renderer are immutable once built).
 */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** @param unsafeHtml when false, raw HTML in Markdown is escaped and shown as text */
    public MarkdownEngine(boolean unsafeHtml) {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, !unsafeHtml);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(Parser.BLANK_LINES_IN_AST, false);
        this.parser = Parser.builder(options)
                .extensions(List.of(FootnoteExtension.create(), EditorNoteExtension.create(),
                        CalloutExtension.create(), TopicMarkExtension.create()))
                .build();
        this.renderer = HtmlRenderer.builder(options)
                .extensions(List.of(EditorNoteExtension.create(), TopicMarkExtension.create(),
                        NoteReferenceExtension.create(), new SelectedBlocks(), new PlainTextRendering()))
                .build();
    }

    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The HTML of each of the document's {@code blocks}, in one rendering pass. */
    Map<Node, String> render(Document document, List<Node> blocks) {
        document.set(SelectedBlocks.BLOCKS, blocks);
        String all = renderer.render(document);
        Map<Node, String> html = new IdentityHashMap<>();
        int from = 0;
        for (Node block : blocks) {
            int to = all.indexOf(SelectedBlocks.SEPARATOR, from);
            html.put(block, all.substring(from, to).strip());
            from = to + 1;
        }
        return html;
    }
}
