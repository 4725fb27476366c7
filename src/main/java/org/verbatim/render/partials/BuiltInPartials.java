package org.verbatim.render.partials;

import org.unbescape.html.HtmlEscape;

/**
 * The default theme's partials written in Java. They repeat thousands of times in a large archive (turns,
 * sidenotes, map marks, topic-page passages), and the template engine, element by element, made them most of a
 * build's rendering time; so when a theme's partial is the built-in one, these write it instead. Each must stay
 * equal, as DOM, to its template in {@code templates/partials/}: {@code PartialsEqualityTest} renders both.
 */
final class BuiltInPartials {
    private BuiltInPartials() {
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }

    static void turn(TurnView turn, StringBuilder html) {
        String id = escape(turn.id());
        html.append("<div id=\"").append(id).append("\" class=\"turn turn--").append(escape(turn.role()))
                .append(turn.continued() ? " turn--continued" : "").append("\" data-speaker=\"")
                .append(escape(turn.speakerId())).append('"');
        if (turn.hasTime()) {
            html.append(" data-start=\"").append(escape(turn.start())).append('"');
        }
        html.append(">\n")
                .append("<p class=\"speaker\"><a class=\"permalink\" href=\"").append(escape(turn.permalinkHref()))
                .append("\" aria-label=\"").append(escape(turn.permalinkLabel())).append("\">")
                .append(escape(turn.permalinkSign())).append("</a>\n")
                .append("<span class=\"speaker-name\">").append(escape(turn.speakerName())).append("</span>");
        if (turn.hasTimeLink()) {
            html.append("\n<a class=\"turn-time\" href=\"").append(escape(turn.timeHref())).append("\" title=\"")
                    .append(escape(turn.timeTitle())).append("\"><time datetime=\"").append(escape(turn.timeDatetime()))
                    .append("\">").append(escape(turn.time())).append("</time></a>");
        } else if (turn.hasTime()) {
            html.append("\n<time class=\"turn-time\" datetime=\"").append(escape(turn.timeDatetime())).append("\">")
                    .append(escape(turn.time())).append("</time>");
        }
        html.append("</p>\n<div class=\"utterance\">\n").append(turn.utterance()).append("</div>\n");
        if (turn.hasTopics()) {
            topicList("passage-topics", turn.topicsLabel(), turn.topics(), html);
        }
        html.append("</div>\n");
    }

    private static void topicList(String cssClass, String label, java.util.List<TopicLinkView> topics, StringBuilder html) {
        html.append("<ul class=\"").append(cssClass).append("\" aria-label=\"").append(escape(label)).append("\">\n");
        for (TopicLinkView topic : topics) {
            html.append("<li><a class=\"topic-tag\" href=\"").append(escape(topic.href())).append("\">")
                    .append(escape(topic.label())).append("</a></li>\n");
        }
        html.append("</ul>\n");
    }

    static void note(NoteView note, StringBuilder html) {
        if (note.sidenote()) {
            html.append("<aside class=\"sidenote\" role=\"doc-footnote\" id=\"").append(escape(note.id()))
                    .append("\" aria-label=\"").append(escape(note.label())).append("\"><span class=\"sidenote-number\">")
                    .append(note.number()).append("</span>").append(note.content()).append("</aside>\n");
            return;
        }
        html.append("<li id=\"").append(escape(note.id())).append("\">\n").append(note.content())
                .append("\n<p class=\"backlinks\">\n");
        for (BacklinkView backlink : note.backlinks()) {
            html.append("<a href=\"").append(escape(backlink.href())).append("\" role=\"doc-backlink\">")
                    .append(escape(backlink.label())).append("</a>\n");
        }
        html.append("</p>\n</li>\n");
    }

    static void noteReference(NoteRefView ref, StringBuilder html) {
        html.append("<a href=\"").append(escape(ref.href())).append("\" class=\"footnote-ref\" id=\"")
                .append(escape(ref.id())).append("\" role=\"doc-noteref\"><sup>").append(ref.number())
                .append("</sup></a>");
    }

    static void editorNote(EditorNoteView note, StringBuilder html) {
        html.append("<span class=\"ed-note\" role=\"note\" aria-label=\"").append(escape(note.label()))
                .append("\"><span class=\"ed-delim\" aria-hidden=\"true\">").append(escape(note.open()))
                .append("</span>").append(note.content()).append("<span class=\"ed-label\"> — ")
                .append(escape(note.abbreviation())).append("</span><span class=\"ed-delim\" aria-hidden=\"true\">")
                .append(escape(note.close())).append("</span></span>");
    }

    static void inset(InsetView inset, StringBuilder html) {
        String label = escape(inset.label());
        html.append("<aside class=\"").append(inset.editorsNote() ? "ed-block\" role=\"note\"" : "related\"")
                .append(" aria-label=\"").append(label).append("\">\n<p class=\"inset-label\">").append(label)
                .append("</p>\n").append(inset.content()).append("</aside>\n");
    }

    static void section(SectionView section, StringBuilder html) {
        html.append("<h2 class=\"section-heading\" id=\"").append(escape(section.id())).append("\">")
                .append(escape(section.text()));
        if (section.hasTimeLink()) {
            html.append(" <a class=\"segment-time\" href=\"").append(escape(section.timeHref())).append("\" data-seek=\"")
                    .append(escape(section.start())).append("\"><time datetime=\"").append(escape(section.timeDatetime()))
                    .append("\">").append(escape(section.time())).append("</time></a>");
        } else if (section.hasTime()) {
            html.append(" <time class=\"segment-time\" datetime=\"").append(escape(section.timeDatetime())).append("\">")
                    .append(escape(section.time())).append("</time>");
        }
        html.append("</h2>\n");
    }

    static void passage(PassageView passage, StringBuilder html) {
        html.append("<li class=\"passage passage--").append(escape(passage.role()))
                .append("\">\n<a class=\"passage-link\" href=\"").append(escape(passage.href()))
                .append("\">\n<span class=\"passage-speaker\">").append(escape(passage.speakerName()))
                .append("</span>\n<span class=\"passage-number\">").append(escape(passage.numberLabel()))
                .append("</span></a>\n");
        if (passage.hasMomentLink()) {
            html.append("<a class=\"passage-time\" href=\"").append(escape(passage.momentHref())).append("\"><time datetime=\"")
                    .append(escape(passage.timeDatetime())).append("\">").append(escape(passage.time())).append("</time></a>\n");
        } else if (passage.hasTime()) {
            html.append("<time class=\"passage-time\" datetime=\"").append(escape(passage.timeDatetime())).append("\">")
                    .append(escape(passage.time())).append("</time>\n");
        }
        html.append("<blockquote class=\"passage-excerpt\"><p>").append(escape(passage.before()));
        if (passage.hasMatch()) {
            html.append("<mark>").append(escape(passage.match())).append("</mark>");
        }
        html.append(escape(passage.after())).append("</p></blockquote>\n</li>\n");
    }

    static void interviewCard(InterviewCardView card, StringBuilder html) {
        html.append("<li class=\"entry\">\n<article lang=\"").append(escape(card.language()))
                .append("\">\n<h2 class=\"entry-title\"><a href=\"").append(escape(card.href())).append("\">")
                .append(escape(card.title())).append("</a></h2>\n");
        if (!card.subtitle().isEmpty()) {
            html.append("<p class=\"entry-subtitle\">").append(escape(card.subtitle())).append("</p>\n");
        }
        html.append("<p class=\"entry-byline\">\n<span class=\"entry-interviewee\">")
                .append(escape(card.intervieweeNames())).append("</span>\n<span aria-hidden=\"true\">·</span>\n")
                .append("<time datetime=\"").append(escape(card.datetime())).append("\">").append(escape(card.date()))
                .append("</time>");
        if (!card.publication().isEmpty()) {
            html.append("\n<span aria-hidden=\"true\">·</span>\n<span class=\"entry-publication\">")
                    .append(escape(card.publication())).append("</span>");
        }
        html.append("\n</p>\n");
        if (!card.appearance().isEmpty()) {
            html.append("<p class=\"entry-appearance\">").append(escape(card.appearance())).append("</p>\n");
        }
        if (!card.summary().isEmpty()) {
            html.append("<p class=\"entry-summary\">").append(escape(card.summary())).append("</p>\n");
        }
        if (!card.topics().isEmpty()) {
            topicList("topic-list", card.topicsLabel(), card.topics(), html);
        }
        html.append("</article>\n</li>\n");
    }

    static void topicMap(TopicMapView map, StringBuilder svg) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topic-map-svg\" role=\"group\" aria-label=\"")
                .append(escape(map.label())).append("\" viewBox=\"").append(escape(map.viewBox()))
                .append("\" width=\"").append(map.width()).append("\" height=\"").append(map.height()).append("\">\n");
        for (TopicMapView.Row row : map.rows()) {
            svg.append("<g class=\"topic-map-row\">\n<a href=\"").append(escape(row.href())).append("\"><text x=\"")
                    .append(map.labelX()).append("\" y=\"").append(row.textY())
                    .append("\" text-anchor=\"end\" class=\"topic-map-label\">").append(escape(row.shortLabel()))
                    .append("</text><title>").append(escape(row.label())).append("</title></a>\n<line x1=\"")
                    .append(map.trackStart()).append("\" x2=\"").append(map.trackEnd()).append("\" y1=\"")
                    .append(row.trackY()).append("\" y2=\"").append(row.trackY())
                    .append("\" class=\"topic-map-track\"/>\n");
            for (TopicMapView.Mark mark : row.marks()) {
                svg.append("<a href=\"").append(escape(mark.href())).append("\" aria-label=\"")
                        .append(escape(mark.label())).append("\"><rect x=\"").append(escape(mark.x()))
                        .append("\" y=\"").append(mark.y()).append("\" width=\"").append(escape(mark.width()))
                        .append("\" height=\"").append(mark.height()).append("\" class=\"topic-map-mark\"/></a>\n");
            }
            svg.append("</g>\n");
        }
        svg.append("<text x=\"").append(map.trackStart()).append("\" y=\"").append(map.axisY())
                .append("\" class=\"topic-map-axis\">").append(escape(map.startLabel())).append("</text>\n<text x=\"")
                .append(map.trackEnd()).append("\" y=\"").append(map.axisY())
                .append("\" text-anchor=\"end\" class=\"topic-map-axis\">").append(escape(map.endLabel()))
                .append("</text>\n</svg>");
    }
}
