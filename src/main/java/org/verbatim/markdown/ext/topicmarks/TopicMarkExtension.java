package org.verbatim.markdown.ext.topicmarks;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/** flexmark extension for passage topic marks; they tag the passage and render as nothing. */
public final class TopicMarkExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private TopicMarkExtension() {
    }

    public static TopicMarkExtension create() {
        return new TopicMarkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new TopicMarkInlineParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () ->
                Set.of(new NodeRenderingHandler<>(TopicMarkNode.class, (node, context, html) -> { })));
    }
}
