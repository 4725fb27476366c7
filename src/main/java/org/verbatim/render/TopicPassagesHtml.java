package org.verbatim.render;

import static org.verbatim.render.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Interview;

/**
 * The passage lists of a topic page, one per interview: speaker, passage number, excerpt with the matched
 * words marked. Every tagged passage of an archive appears in one of these lists, so they are written here in
 * one pass rather than element by element by the template engine; the rest of the page stays in
 * {@code topic.html}, whose comment lists the classes this markup uses.
 */
final class TopicPassagesHtml {

    /** One interview's passages under a topic, with the list already written. */
    public record GroupView(Interview interview, String passages) {
    }

    private TopicPassagesHtml() {
    }

    static List<GroupView> of(List<TopicIndex.Group> shown, PageLinks links) {
        List<GroupView> groups = new ArrayList<>(shown.size());
        for (TopicIndex.Group group : shown) {
            groups.add(new GroupView(group.interview(), list(group, links)));
        }
        return groups;
    }

    private static String list(TopicIndex.Group group, PageLinks links) {
        StringBuilder html = new StringBuilder(256 + group.passages().size() * 512);
        String slug = group.interview().slug();
        html.append("<ol class=\"passages\">\n");
        for (TopicIndex.Passage passage : group.passages()) {
            html.append("<li class=\"passage passage--").append(escape(passage.turn().speaker().role().key()))
                    .append("\">\n<a class=\"passage-link\" href=\"").append(escape(links.passage(slug, passage.turn().id())))
                    .append("\">\n<span class=\"passage-speaker\">").append(escape(passage.turn().speaker().name()))
                    .append("</span>\n<span class=\"passage-number\">§").append(passage.turn().number())
                    .append("</span></a>\n<blockquote class=\"passage-excerpt\"><p>")
                    .append(escape(passage.excerpt().before()));
            if (!passage.excerpt().match().isEmpty()) {
                html.append("<mark>").append(escape(passage.excerpt().match())).append("</mark>");
            }
            html.append(escape(passage.excerpt().after())).append("</p></blockquote>\n</li>\n");
        }
        return html.append("</ol>").toString();
    }
}
