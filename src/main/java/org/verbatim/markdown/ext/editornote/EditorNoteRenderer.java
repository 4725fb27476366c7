package org.verbatim.markdown.ext.editornote;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.verbatim.markdown.InlineMarkup;
import org.verbatim.model.EditorNoteStyle;

/**
 * Renders an inline editor's note, e.g. "[15 million euros — Ed.]", through the theme's {@code ed-inline}
 * partial: the note's own words are rendered here, the element around them by the theme.
 */
final class EditorNoteRenderer implements NodeRenderer {
    private final EditorNoteStyle style;
    private final InlineMarkup.Binding markup;

    EditorNoteRenderer(DataHolder options) {
        this.style = EditorNoteExtension.STYLE.get(options);
        this.markup = InlineMarkup.KEY.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(EditorNote.class, this::render));
    }

    private void render(EditorNote note, NodeRendererContext context, HtmlWriter html) {
        NodeRendererContext words = context.getSubContext(false);
        words.renderChildren(note);
        html.raw(markup.editorsNote(new InlineMarkup.EditorsNote(style.open(), style.close(),
                words.getHtmlWriter().toString())));
    }
}
