package org.verbatim.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.List;
import java.util.Set;

/**
 * Renders a chosen list of a document's blocks in one pass, each followed by a NUL separator (content never
 * holds NUL: the reader rejects it). Setting up flexmark's renderer costs more than rendering a paragraph,
 * so one pass per interview instead of one per block made whole builds markedly faster.
 */
final class SelectedBlocks implements HtmlRenderer.HtmlRendererExtension {
    static final char SEPARATOR = '\0';
    static final DataKey<List<Node>> BLOCKS = new DataKey<>("VERBATIM_SELECTED_BLOCKS", List.of());

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () ->
                Set.of(new NodeRenderingHandler<>(Document.class, SelectedBlocks::render)));
    }

    private static void render(Document document, NodeRendererContext context, HtmlWriter html) {
        for (Node block : BLOCKS.get(document)) {
            context.render(block);
            html.raw(String.valueOf(SEPARATOR));
        }
    }
}
