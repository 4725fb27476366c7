package org.verbatim.markdown.ext.editornote;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.verbatim.model.EditorNoteStyle;

/**
 * Renders an inline editor's note as a labelled note element, e.g. "[15 million euros — Ed.]": the
 * delimiters are decoration hidden from screen readers, which announce the note by its name instead.
 */
final class EditorNoteRenderer implements NodeRenderer {
    private final EditorNoteStyle style;
    private final EditorNoteLabels labels;

    EditorNoteRenderer(DataHolder options) {
        this.style = EditorNoteExtension.STYLE.get(options);
        this.labels = EditorNoteExtension.LABELS.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(EditorNote.class, this::render));
    }

    private void render(EditorNote note, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "ed-note").attr("role", "note").attr("aria-label", labels.name()).withAttr().tag("span");
        html.attr("class", "ed-delim").attr("aria-hidden", "true").withAttr().tag("span").text(style.open()).tag("/span");
        context.renderChildren(note);
        html.attr("class", "ed-label").withAttr().tag("span").text(" — " + labels.abbreviation()).tag("/span");
        html.attr("class", "ed-delim").attr("aria-hidden", "true").withAttr().tag("span").text(style.close()).tag("/span");
        html.tag("/span");
    }
}
