package org.verbatim.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.verbatim.model.Block;
import org.verbatim.model.EditorBlock;
import org.verbatim.model.Interview;
import org.verbatim.model.Prose;
import org.verbatim.model.RelatedInset;
import org.verbatim.model.SectionHeading;
import org.verbatim.model.Segment;
import org.verbatim.model.Speaker;
import org.verbatim.model.Timecode;
import org.verbatim.model.Turn;

/**
 * {@code tei.xml}: the interview as TEI P5 for transcriptions of speech (ISO 24624): a {@code teiHeader} with the
 * speakers in {@code particDesc} and the recording in {@code recordingStmt}; a {@code timeline} of {@code when}
 * points, in seconds since its origin; each turn an {@code annotationBlock} ({@code who}, {@code start},
 * {@code end}) holding one {@code u}, its paragraphs as {@code seg}s, a timed paragraph opening with an
 * {@code anchor} at its time; each section heading a {@code div} ({@code type="segment"} with {@code synch} when
 * timed, its synopsis and keywords in {@code argument}); inline editor's notes and footnotes as {@code note}s where
 * they stand, editor's blocks and related articles as notes between turns.
 */
final class TeiExport {
    static final String NAMESPACE = "http://www.tei-c.org/ns/1.0";
    /** How long a word takes to say, for the end of the last turn when the recording's length is not known. */
    private static final long MILLIS_PER_WORD = 400;

    private TeiExport() {
    }

    /**
     * The TEI document of {@code interview}, published by {@code publisher}; {@code mediaUrl} is the recording's
     * address (empty when none) and {@code pageUrl} the page's absolute URL (empty without a base URL).
     */
    static String of(Interview interview, String publisher, String mediaUrl, String pageUrl) {
        Map<Turn, Timecode> ends = ends(interview);
        TreeMap<Long, String> when = timeline(interview, ends);
        MarkupWalker.Notes notes = new MarkupWalker.Notes(MarkupWalker.Notes.byReference(interview.footnotes()),
                "<note type=\"editorial\" resp=\"#editor\" place=\"inline\">", "</note>",
                note -> "<note place=\"foot\" n=\"" + note.number() + "\">" + MarkupWalker.plain(note.html()) + "</note>");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<TEI xmlns=\"").append(NAMESPACE).append("\" xml:lang=\"").append(attr(interview.language()))
                .append("\">\n");
        header(xml, interview, publisher, mediaUrl, pageUrl);
        xml.append("  <text>\n");
        if (!when.isEmpty()) {
            xml.append("    <timeline unit=\"s\" origin=\"#T0\">\n      <when xml:id=\"T0\"/>\n");
            when.forEach((millis, id) -> {
                if (millis > 0) {
                    xml.append("      <when xml:id=\"").append(id).append("\" interval=\"")
                            .append(new Timecode(millis).decimalSeconds()).append("\" since=\"#T0\"/>\n");
                }
            });
            xml.append("    </timeline>\n");
        }
        xml.append("    <body>\n");
        List<Block> body = interview.body();
        Set<String> ids = new HashSet<>();
        boolean inDiv = false;
        for (Block block : body) {
            String indent = inDiv ? "        " : "      ";
            if (block instanceof SectionHeading heading) {
                if (inDiv) {
                    xml.append("      </div>\n");
                }
                inDiv = true;
                xml.append("      <div type=\"").append(heading.hasStart() ? "segment" : "section").append("\" n=\"")
                        .append(attr(heading.id())).append('"');
                if (heading.hasStart()) {
                    xml.append(" synch=\"#").append(when.get(heading.start().millis())).append('"');
                }
                xml.append(">\n        <head>").append(XmlText.escape(heading.text())).append("</head>\n");
                if (!heading.synopsis().isEmpty() || !heading.keywords().isEmpty()) {
                    xml.append("        <argument>\n");
                    if (!heading.synopsis().isEmpty()) {
                        xml.append("          <p>").append(XmlText.escape(heading.synopsis())).append("</p>\n");
                    }
                    if (!heading.keywords().isEmpty()) {
                        xml.append("          <list type=\"keywords\">\n");
                        heading.keywords().forEach(word -> xml.append("            <item>")
                                .append(XmlText.escape(word)).append("</item>\n"));
                        xml.append("          </list>\n");
                    }
                    xml.append("        </argument>\n");
                }
            } else if (block instanceof Turn turn) {
                annotationBlock(xml, indent, turn, ends.get(turn), when, notes, ids);
            } else if (block instanceof EditorBlock editors) {
                note(xml, indent, "editorial\" resp=\"#editor", editors.segments(), notes);
            } else if (block instanceof RelatedInset related) {
                note(xml, indent, "related", related.segments(), notes);
            } else if (block instanceof Prose prose) {
                for (Segment segment : prose.segments()) {
                    xml.append(indent).append("<p>").append(MarkupWalker.xml(segment.html(), notes)).append("</p>\n");
                }
            }
        }
        if (inDiv) {
            xml.append("      </div>\n");
        }
        return xml.append("    </body>\n  </text>\n</TEI>\n").toString();
    }

    private static void header(StringBuilder xml, Interview interview, String publisher, String mediaUrl,
                               String pageUrl) {
        String editor = interview.publication().isEmpty() ? publisher : interview.publication();
        xml.append("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>")
                .append(XmlText.escape(interview.title())).append("</title>\n")
                .append("        <respStmt xml:id=\"editor\">\n          <resp>editor's notes</resp>\n          <name>")
                .append(XmlText.escape(editor)).append("</name>\n        </respStmt>\n      </titleStmt>\n")
                .append("      <publicationStmt>\n        <publisher>").append(XmlText.escape(publisher))
                .append("</publisher>\n        <date when=\"").append(interview.date()).append("\">")
                .append(interview.date()).append("</date>\n");
        if (!pageUrl.isEmpty()) {
            xml.append("        <idno type=\"URL\">").append(XmlText.escape(pageUrl)).append("</idno>\n");
        }
        xml.append("      </publicationStmt>\n      <sourceDesc>\n");
        if (interview.media() != null) {
            xml.append("        <recordingStmt>\n          <recording type=\"")
                    .append(interview.media().isVideo() ? "video" : "audio").append('"');
            if (interview.media().duration() != null) {
                xml.append(" dur=\"").append(interview.media().duration().duration()).append('"');
            }
            xml.append(">\n            <media mimeType=\"").append(attr(interview.media().type())).append("\" url=\"")
                    .append(attr(mediaUrl)).append("\"/>\n          </recording>\n        </recordingStmt>\n");
        } else {
            xml.append("        <p>").append(XmlText.escape(interview.publication().isEmpty()
                    ? "Published by " + publisher : interview.publication()));
            if (!interview.sourceUrl().isEmpty()) {
                xml.append(": <ref target=\"").append(attr(interview.sourceUrl())).append("\">")
                        .append(XmlText.escape(interview.sourceUrl())).append("</ref>");
            }
            xml.append("</p>\n");
        }
        xml.append("      </sourceDesc>\n    </fileDesc>\n    <profileDesc>\n      <langUsage>\n        <language ident=\"")
                .append(attr(interview.language())).append("\">")
                .append(XmlText.escape(Locale.forLanguageTag(interview.language()).getDisplayLanguage(Locale.ENGLISH)))
                .append("</language>\n      </langUsage>\n      <particDesc>\n        <listPerson>\n");
        for (Speaker speaker : interview.speakers()) {
            xml.append("          <person xml:id=\"").append(personId(speaker)).append("\" role=\"")
                    .append(speaker.role().key()).append("\">\n            <persName>")
                    .append(XmlText.escape(speaker.name())).append("</persName>\n          </person>\n");
        }
        xml.append("        </listPerson>\n      </particDesc>\n    </profileDesc>\n  </teiHeader>\n");
    }

    private static void annotationBlock(StringBuilder xml, String indent, Turn turn, Timecode end,
                                        TreeMap<Long, String> when, MarkupWalker.Notes notes, Set<String> ids) {
        String id = turn.id();
        for (int n = 2; !ids.add(id); n++) {
            id = turn.id() + "-" + n;
        }
        Timecode start = first(turn);
        xml.append(indent).append("<annotationBlock xml:id=\"").append(id).append("\" who=\"#")
                .append(personId(turn.speaker())).append('"');
        if (start != null) {
            xml.append(" start=\"#").append(when.get(start.millis())).append("\" end=\"#")
                    .append(when.get(end.millis())).append('"');
        }
        xml.append(">\n").append(indent).append("  <u>\n");
        for (int i = 0; i < turn.segments().size(); i++) {
            Segment segment = turn.segments().get(i);
            Timecode time = i == 0 && turn.start() != null ? null : segment.start();
            xml.append(indent).append("    <seg type=\"paragraph\">");
            if (time != null) {
                xml.append("<anchor synch=\"#").append(when.get(time.millis())).append("\"/>");
            }
            xml.append(MarkupWalker.xml(segment.html(), notes)).append("</seg>\n");
        }
        xml.append(indent).append("  </u>\n").append(indent).append("</annotationBlock>\n");
    }

    private static void note(StringBuilder xml, String indent, String type, List<Segment> segments,
                             MarkupWalker.Notes notes) {
        xml.append(indent).append("<note type=\"").append(type).append("\" place=\"block\">\n");
        for (Segment segment : segments) {
            xml.append(indent).append("  <p>").append(MarkupWalker.xml(segment.html(), notes)).append("</p>\n");
        }
        xml.append(indent).append("</note>\n");
    }

    /** Every time the document points to, each with its {@code when}'s id, in order: T0 is the origin. */
    private static TreeMap<Long, String> timeline(Interview interview, Map<Turn, Timecode> ends) {
        TreeMap<Long, String> when = new TreeMap<>();
        for (Block block : interview.body()) {
            if (block instanceof SectionHeading heading && heading.hasStart()) {
                when.put(heading.start().millis(), "");
            } else if (block instanceof Turn turn && first(turn) != null) {
                when.put(first(turn).millis(), "");
                turn.segments().stream().filter(s -> s.start() != null).forEach(s -> when.put(s.start().millis(), ""));
                when.put(ends.get(turn).millis(), "");
            }
        }
        if (when.isEmpty()) {
            return when;
        }
        when.put(0L, "T0");
        int n = 1;
        for (var entry : when.entrySet()) {
            if (entry.getKey() > 0) {
                entry.setValue("T" + n++);
            }
        }
        return when;
    }

    /** A turn's first time: its own, or its first timed paragraph's. */
    private static Timecode first(Turn turn) {
        if (turn.start() != null) {
            return turn.start();
        }
        return turn.segments().stream().map(Segment::start).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * When each timed turn ends: where the next timed turn begins; the last at the recording's end when known and
     * later, else after the time its words take to say. By identity: two turns may be equal records.
     */
    private static Map<Turn, Timecode> ends(Interview interview) {
        Map<Turn, Timecode> ends = new IdentityHashMap<>();
        Timecode next = null;
        List<Turn> turns = interview.turns();
        for (int i = turns.size() - 1; i >= 0; i--) {
            Turn turn = turns.get(i);
            Timecode first = first(turn);
            if (first == null) {
                continue;
            }
            ends.put(turn, next != null ? next : lastEnd(interview, turn, first));
            next = first;
        }
        return ends;
    }

    private static Timecode lastEnd(Interview interview, Turn turn, Timecode first) {
        Timecode last = first;
        for (Segment segment : turn.segments()) {
            if (segment.start() != null && segment.start().compareTo(last) > 0) {
                last = segment.start();
            }
        }
        if (interview.media() != null && interview.media().duration() != null
                && interview.media().duration().compareTo(last) > 0) {
            return interview.media().duration();
        }
        long words = turn.text().isBlank() ? 0 : turn.text().strip().split("\\s+").length;
        return new Timecode(last.millis() + Math.max(2000, words * MILLIS_PER_WORD));
    }

    /** A speaker's {@code xml:id}: its id, which any letters may spell, after a prefix that makes it a name. */
    static String personId(Speaker speaker) {
        return "speaker-" + attr(speaker.id());
    }

    private static String attr(String value) {
        return XmlText.escape(value == null ? "" : value);
    }
}
