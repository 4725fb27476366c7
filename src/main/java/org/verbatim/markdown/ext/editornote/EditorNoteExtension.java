package org.verbatim.markdown.ext.editornote;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.verbatim.model.EditorNoteStyle;

/**
 * flexmark extension for {@code [ed: …]}. The delimiter style is read from the document being rendered
 * ({@link #STYLE}), and the markup and its labels from the theme ({@code InlineMarkup}), so one renderer serves
 * interviews in every language.
 */
public final class EditorNoteExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    public static final DataKey<EditorNoteStyle> STYLE = new DataKey<>("VERBATIM_EDITOR_NOTE_STYLE", EditorNoteStyle.BRACKETS);

    private EditorNoteExtension() {
    }

    public static EditorNoteExtension create() {
        return new EditorNoteExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no parser options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new EditorNoteLinkRefProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no renderer options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(EditorNoteRenderer::new);
    }
}
