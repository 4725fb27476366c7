package org.verbatim.markdown.ext.footnotes;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import org.verbatim.markdown.InlineMarkup;

/**
 * Renders footnote references through the theme's {@code noteref} partial, with the numbering the assembler
 * stored in the document under {@link #CITATIONS}. Definitions render
 * nowhere in the flow: the page template places them as sidenotes and endnotes.
 */
public final class NoteReferenceExtension implements HtmlRenderer.HtmlRendererExtension {
    public static final DataKey<NoteCitations> CITATIONS = new DataKey<>("VERBATIM_NOTE_CITATIONS", NoteCitations::new);

    private NoteReferenceExtension() {
    }

    public static NoteReferenceExtension create() {
        return new NoteReferenceExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(Renderer::new);
    }

    private static final class Renderer implements NodeRenderer {
        private final NoteCitations citations;
        private final InlineMarkup.Binding markup;

        Renderer(DataHolder options) {
            this.citations = CITATIONS.get(options);
            this.markup = InlineMarkup.KEY.get(options);
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Footnote.class, this::render),
                    new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }));
        }

        private void render(Footnote reference, NodeRendererContext context, HtmlWriter html) {
            citations.of(reference).ifPresentOrElse(citation -> html.raw(markup.noteReference(
                    new InlineMarkup.NoteReference(citation.referenceId(), "#" + citation.noteId(), citation.number()))),
                    () -> html.text(reference.getChars().toString()));
        }
    }
}
