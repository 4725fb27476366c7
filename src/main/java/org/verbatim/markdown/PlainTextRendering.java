package org.verbatim.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders text nodes as flexmark does, byte for byte, but in one pass when there is nothing to unescape:
 * flexmark's own path runs three regular expressions over every run of text (unescape, line ends, escape),
 * which was a third of rendering an interview's Markdown.
 */
final class PlainTextRendering implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () ->
                Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRendering::render)));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0 || chars.indexOf('\r') >= 0) {
            html.text(Escaping.normalizeEOL(chars.unescape()));  // flexmark's own rendering of Text
            return;
        }
        html.raw(escaped(chars));
    }

    /** The characters with {@code < > "} escaped as flexmark escapes them ({@code &} cannot occur here). */
    static String escaped(BasedSequence chars) {
        String text = SourceChars.of(chars);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }
}
