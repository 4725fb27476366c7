package org.verbatim.render;

import static org.verbatim.render.HtmlText.escape;

import java.util.List;
import org.verbatim.model.Block;
import org.verbatim.model.EditorBlock;
import org.verbatim.model.Footnote;
import org.verbatim.model.Interview;
import org.verbatim.model.Prose;
import org.verbatim.model.RelatedInset;
import org.verbatim.model.SectionHeading;
import org.verbatim.model.Segment;
import org.verbatim.model.Topic;
import org.verbatim.model.Turn;

/**
 * The markup of a conversation: turns with their permalinks, sidenotes and passage topics, insets, headings.
 * It repeats for every passage of every interview, thousands of times in a large archive, so it is written
 * here in one pass rather than interpreted element by element by the template engine (which made it most of
 * a build's rendering time); the page around it stays in {@code interview.html}, whose comment lists the
 * class names this markup gives the theme's CSS.
 */
final class ConversationHtml {

    /** The theme's words the conversation needs, in the page's language. */
    record Labels(String permalink, String note, String passageTopics, String editorsNote, String readAlso) {
    }

    private final Labels labels;
    private final PageLinks links;
    private final StringBuilder html;

    private ConversationHtml(Labels labels, PageLinks links, int capacity) {
        this.labels = labels;
        this.links = links;
        this.html = new StringBuilder(capacity);
    }

    /** The conversation of {@code view}'s interview, linking topics from the page at {@code links}. */
    static String of(InterviewView view, PageLinks links, Labels labels) {
        Interview interview = view.interview();
        ConversationHtml writer = new ConversationHtml(labels, links, 4096 + interview.body().size() * 1024);
        for (Block block : interview.body()) {
            writer.block(block, view);
        }
        return writer.html.toString();
    }

    private void block(Block block, InterviewView view) {
        if (block instanceof Turn turn) {
            turn(turn, view.topicsOf(turn.id()));
        } else if (block instanceof EditorBlock editor) {
            inset("ed-block", " role=\"note\"", labels.editorsNote(), editor.segments(), true);
        } else if (block instanceof RelatedInset related) {
            inset("related", "", labels.readAlso(), related.segments(), false);
        } else if (block instanceof SectionHeading heading) {
            html.append("<h2 class=\"section-heading\" id=\"").append(escape(heading.id())).append("\">")
                    .append(escape(heading.text())).append("</h2>\n");
        } else if (block instanceof Prose prose) {
            html.append("<div class=\"prose\">\n");
            segments(prose.segments(), true);
            html.append("</div>\n");
        }
    }

    private void turn(Turn turn, List<Topic> topics) {
        String id = escape(turn.id());
        html.append("<div id=\"").append(id).append("\" class=\"turn turn--").append(escape(turn.speaker().role().key()))
                .append(turn.continued() ? " turn--continued" : "").append("\" data-speaker=\"")
                .append(escape(turn.speaker().id())).append("\">\n")
                .append("<p class=\"speaker\"><a class=\"permalink\" href=\"#").append(id).append("\" aria-label=\"")
                .append(escape(labels.permalink())).append(' ').append(turn.number()).append("\">#</a>\n")
                .append("<span class=\"speaker-name\">").append(escape(turn.speaker().name())).append("</span></p>\n")
                .append("<div class=\"utterance\">\n");
        segments(turn.segments(), true);
        html.append("</div>\n");
        if (!topics.isEmpty()) {
            html.append("<ul class=\"passage-topics\" aria-label=\"").append(escape(labels.passageTopics())).append("\">\n");
            for (Topic topic : topics) {
                html.append("<li><a class=\"topic-tag\" href=\"").append(escape(links.topic(topic.id()))).append("\">")
                        .append(escape(topic.label())).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</div>\n");
    }

    private void inset(String cssClass, String role, String label, List<Segment> segments, boolean sidenotes) {
        html.append("<aside class=\"").append(cssClass).append('"').append(role).append(" aria-label=\"")
                .append(escape(label)).append("\">\n<p class=\"inset-label\">").append(escape(label)).append("</p>\n");
        segments(segments, sidenotes);
        html.append("</aside>\n");
    }

    /** Each segment's HTML, after the sidenotes of the footnotes first cited in it (so they float beside it). */
    private void segments(List<Segment> segments, boolean sidenotes) {
        for (Segment segment : segments) {
            if (sidenotes) {
                for (Footnote note : segment.sidenotes()) {
                    html.append("<aside class=\"sidenote\" role=\"doc-footnote\" id=\"").append(escape(note.id()))
                            .append("-side\" aria-label=\"").append(escape(labels.note())).append(' ')
                            .append(note.number()).append("\"><span class=\"sidenote-number\">").append(note.number())
                            .append("</span>").append(note.html()).append("</aside>\n");
                }
            }
            html.append(segment.html());
            if (!segment.html().endsWith("\n")) {
                html.append('\n');
            }
        }
    }
}
