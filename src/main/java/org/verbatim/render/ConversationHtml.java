package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.model.Block;
import org.verbatim.model.EditorBlock;
import org.verbatim.model.Footnote;
import org.verbatim.model.Interview;
import org.verbatim.model.Prose;
import org.verbatim.model.RelatedInset;
import org.verbatim.model.SectionHeading;
import org.verbatim.model.Segment;
import org.verbatim.model.Timecode;
import org.verbatim.model.Topic;
import org.verbatim.model.Turn;
import org.verbatim.render.partials.BacklinkView;
import org.verbatim.render.partials.InsetView;
import org.verbatim.render.partials.NoteView;
import org.verbatim.render.partials.Partial;
import org.verbatim.render.partials.Partials;
import org.verbatim.render.partials.SectionView;
import org.verbatim.render.partials.TopicLinkView;
import org.verbatim.render.partials.TurnView;

/**
 * The markup of a conversation, block by block through the theme's partials (turns, insets, section headings,
 * sidenotes), and of its endnotes. The blocks are walked here rather than in {@code interview.html} because a
 * long interview has thousands, and the template engine's loop, element by element, cost more than the page.
 */
final class ConversationHtml {

    /** The theme's words the conversation needs, in the page's language. */
    record Labels(String permalink, String permalinkSign, String note, String passageTopics, String editorsNote,
                  String readAlso, String backToText, java.util.function.IntFunction<String> backToTextN,
                  java.util.function.Function<String, String> playFrom) {
    }

    private final Labels labels;
    private final PageLinks links;
    private final Partials partials;
    private final Locale locale;
    private final String mediaHref;

    /** @param mediaHref the recording's address from the page, or empty when there is none */
    ConversationHtml(Labels labels, PageLinks links, Partials partials, Locale locale, String mediaHref) {
        this.mediaHref = mediaHref;
        this.labels = labels;
        this.links = links;
        this.partials = partials;
        this.locale = locale;
    }

    /** The conversation of {@code view}'s interview. */
    String conversation(InterviewView view) {
        Interview interview = view.interview();
        StringBuilder html = new StringBuilder(4096 + interview.body().size() * 1024);
        for (Block block : interview.body()) {
            block(block, view, html);
        }
        return html.toString();
    }

    /** The endnotes: each footnote with its links back to where it is cited. */
    String endnotes(Interview interview) {
        StringBuilder html = new StringBuilder(256 + interview.footnotes().size() * 512);
        for (Footnote note : interview.footnotes()) {
            List<String> references = note.referenceIds();
            List<BacklinkView> backlinks = new ArrayList<>(references.size());
            for (int i = 0; i < references.size(); i++) {
                backlinks.add(new BacklinkView("#" + references.get(i),
                        references.size() > 1 ? labels.backToTextN().apply(i + 1) : labels.backToText()));
            }
            partials.write(Partial.NOTE, new NoteView(false, note.id(), note.number(),
                    labels.note() + ' ' + note.number(), note.html(), backlinks), locale, html);
        }
        return html.toString();
    }

    private void block(Block block, InterviewView view, StringBuilder html) {
        if (block instanceof Turn turn) {
            partials.write(Partial.TURN, turn(turn, view.topicsOf(turn.id())), locale, html);
        } else if (block instanceof EditorBlock editor) {
            partials.write(Partial.INSET, new InsetView(true, labels.editorsNote(), segments(editor.segments(), true)),
                    locale, html);
        } else if (block instanceof RelatedInset related) {
            partials.write(Partial.INSET, new InsetView(false, labels.readAlso(), segments(related.segments(), false)),
                    locale, html);
        } else if (block instanceof SectionHeading heading) {
            Timecode start = heading.start();
            partials.write(Partial.SECTION, start == null ? new SectionView(heading.id(), heading.text())
                    : new SectionView(heading.id(), heading.text(), start.label(), start.duration(),
                    start.decimalSeconds(), momentHref(start)), locale, html);
        } else if (block instanceof Prose prose) {
            html.append("<div class=\"prose\">\n").append(segments(prose.segments(), true)).append("</div>\n");
        }
    }

    private TurnView turn(Turn turn, List<Topic> topics) {
        List<TopicLinkView> topicLinks = new ArrayList<>(topics.size());
        for (Topic topic : topics) {
            topicLinks.add(new TopicLinkView(topic.label(), links.topic(topic.id())));
        }
        Timecode start = turn.start();
        return new TurnView(turn.id(), turn.number(), turn.speaker().role().key(), turn.continued(),
                turn.speaker().id(), turn.speaker().name(), start == null ? "" : start.label(),
                start == null ? "" : start.duration(), start == null ? "" : start.decimalSeconds(),
                start == null ? "" : momentHref(start), start == null || mediaHref.isEmpty() ? ""
                        : labels.playFrom().apply(start.label()), "#" + turn.id(), labels.permalinkSign(),
                labels.permalink() + ' ' + turn.number(), segments(turn.segments(), true), topicLinks,
                labels.passageTopics());
    }

    /** The recording at {@code time}, as a media fragment; empty without a recording. */
    private String momentHref(Timecode time) {
        return mediaHref.isEmpty() ? "" : mediaHref + "#t=" + time.decimalSeconds();
    }

    /** A paragraph that opens with its own time: {@code data-start}, and the time shown first, as in a turn. */
    private String timedParagraph(Timecode start, String html) {
        String time = "<time datetime=\"" + start.duration() + "\">" + start.label() + "</time>";
        String shown = mediaHref.isEmpty() ? "<span class=\"segment-time\">" + time + "</span>"
                : "<a class=\"segment-time\" href=\"" + HtmlText.escape(momentHref(start)) + "\" title=\""
                + HtmlText.escape(labels.playFrom().apply(start.label())) + "\">" + time + "</a>";
        return "<p data-start=\"" + start.decimalSeconds() + "\">" + shown + " " + html.substring("<p>".length());
    }

    /** Each segment's HTML, after the sidenotes of the footnotes first cited in it (so they float beside it). */
    private String segments(List<Segment> segments, boolean sidenotes) {
        StringBuilder html = new StringBuilder(1024);
        for (Segment segment : segments) {
            if (sidenotes) {
                for (Footnote note : segment.sidenotes()) {
                    partials.write(Partial.NOTE, new NoteView(true, note.id() + "-side", note.number(),
                            labels.note() + ' ' + note.number(), note.html(), List.of()), locale, html);
                }
            }
            html.append(segment.start() != null && segment.html().startsWith("<p>")
                    ? timedParagraph(segment.start(), segment.html()) : segment.html());
            if (!segment.html().endsWith("\n")) {
                html.append('\n');
            }
        }
        return html.toString();
    }
}
