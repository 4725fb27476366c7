package org.verbatim.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
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
        // We render blocks one by one, never a whole Document. flexmark counts "do not render links" nesting
        // from this flag inverted for non-Document roots, so true here is what makes links render in blocks.
        options.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        this.parser = Parser.builder(options)
                .extensions(List.of(FootnoteExtension.create(), EditorNoteExtension.create(),
                        CalloutExtension.create(), TopicMarkExtension.create()))
                .build();
        this.renderer = HtmlRenderer.builder(options)
                .extensions(List.of(EditorNoteExtension.create(), TopicMarkExtension.create(),
                        NoteReferenceExtension.create()))
                .build();
    }

    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    String render(Node node) {
        return renderer.render(node);
    }
}
