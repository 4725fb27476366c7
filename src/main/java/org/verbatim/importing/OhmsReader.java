package org.verbatim.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.verbatim.model.Timecode;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * OHMS XML, as the Oral History Metadata Synchronizer exports it: version 6.0 with a WebVTT
 * {@code <vtt_transcript>}, or 5.4 and older with a plain-text {@code <transcript>} ({@code NAME:} labels, blank
 * lines between paragraphs, {@code [[footnote]]} references) timed by its {@code <sync>} minute markers; the
 * {@code <index>} points as segments; title, date, interviewers, interviewees, repository, accession, language and
 * the recording's address as facts. Read with the JDK's parser, namespace-aware (the OHMS namespace or none),
 * external entities refused.
 */
public final class OhmsReader {
    public static final String NAMESPACE = "https://www.weareavp.com/nunncenter/ohms";
    /** A speaker's label in an OHMS transcript: capitals, then a colon ({@code SMITH:}, {@code JOHN DOE:}). */
    private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{Lu}\\p{Lo}][\\p{Lu}\\p{Lo}\\p{M}\\p{N}\\-.'’()\"“”«» ]*):(?:\\s+|$)");
    private static final Pattern SYNC_MARK = Pattern.compile("(\\d+)\\((\\d+)\\)");
    private static final Pattern FOOTNOTES = Pattern.compile("\\[\\[footnotes]](.*?)\\[\\[/footnotes]]", Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile("\\[\\[note]](.*?)\\[\\[/note]]", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("\\[\\[footnote]]\\s*(\\d+)\\s*\\[\\[/footnote]]");

    /** An element's text and where its content starts in the file. */
    private record Element(String text, int line, int column) {
    }

    public Transcript read(Path file, byte[] bytes) throws ImportProblem {
        Collected xml = parse(file, bytes);
        List<IndexPoint> points = new ArrayList<>();
        for (Map<String, String> point : xml.points) {
            String time = point.getOrDefault("time", "").strip();
            Timecode start;
            try {
                start = time.matches("\\d+(\\.\\d+)?") ? new Timecode(Math.round(Double.parseDouble(time) * 1000))
                        : Timecode.parse(time);
            } catch (IllegalArgumentException e) {
                throw new ImportProblem(file, 1, 1, "index point '" + point.getOrDefault("title", "") + "' has the"
                        + " time '" + time + "', which is neither seconds nor a time");
            }
            List<String> keywords = new ArrayList<>();
            for (String keyword : point.getOrDefault("keywords", "").split(";")) {
                if (!keyword.isBlank()) {
                    keywords.add(keyword.strip());
                }
            }
            points.add(new IndexPoint(start, point.getOrDefault("title", "").strip(),
                    point.getOrDefault("synopsis", "").strip(), keywords));
        }
        List<String> checks = new ArrayList<>();
        SourceFacts facts = facts(xml, checks);
        Element vtt = xml.fields.get("vtt_transcript");
        if (vtt != null && !vtt.text().isBlank()) {
            List<Cue> cues;
            try {
                cues = new WebVttReader().read(file, vtt.text());
            } catch (ImportProblem problem) {
                throw problem.inside(file, vtt.line(), vtt.column());
            }
            return new Transcript(cues, points, facts, Map.of(), checks);
        }
        Element transcript = xml.fields.get("transcript");
        if (transcript == null || transcript.text().isBlank()) {
            throw new ImportProblem(file, 1, 1, "this OHMS file has neither a <vtt_transcript> nor a <transcript>;"
                    + " there is nothing to import");
        }
        Map<Integer, String> footnotes = new LinkedHashMap<>();
        String text = footnotes(transcript.text(), footnotes);
        List<Cue> cues = legacyCues(file, text, xml.fields.get("sync"), footnotes, checks);
        return new Transcript(cues, points, facts, footnotes, checks);
    }

    private static SourceFacts facts(Collected xml, List<String> checks) {
        LocalDate date = null;
        String written = xml.date != null ? xml.date : field(xml, "date");
        if (written != null) {
            for (String pattern : List.of("yyyy-MM-dd", "M/d/yyyy", "yyyy-M-d")) {
                try {
                    date = LocalDate.parse(written.strip(), DateTimeFormatter.ofPattern(pattern));
                    break;
                } catch (DateTimeParseException e) {
                    // the next form
                }
            }
            if (date == null) {
                checks.add("date: the source's date '" + written.strip() + "' is not YYYY-MM-DD");
            }
        }
        Timecode duration = null;
        String length = field(xml, "duration");
        if (length != null) {
            try {
                duration = Timecode.parse(length.strip());
            } catch (IllegalArgumentException e) {
                // a duration OHMS writes otherwise is only a hint: the recording has its own
            }
        }
        return new SourceFacts(field(xml, "title"), date, xml.interviewers, xml.interviewees, field(xml, "repository"),
                field(xml, "accession"), field(xml, "language"), field(xml, "media_url"), duration);
    }

    private static String field(Collected xml, String name) {
        Element element = xml.fields.get(name);
        return element == null || element.text().isBlank() ? null : element.text().strip();
    }

    /** The transcript without its {@code [[footnotes]]} block, each note kept by number, blank lines in its place. */
    private static String footnotes(String text, Map<Integer, String> footnotes) {
        Matcher block = FOOTNOTES.matcher(text);
        if (!block.find()) {
            return text;
        }
        Matcher note = NOTE.matcher(block.group(1));
        for (int number = 1; note.find(); number++) {
            String body = note.group(1).replaceAll("\\[\\[link]](.*?)\\[\\[/link]]", " $1 ");
            footnotes.put(number, body.replaceAll("\\s+", " ").strip());
        }
        // Line numbers must stay as <sync> counts them: the block gives way to as many line breaks as it held.
        String breaks = "\n".repeat((int) block.group().chars().filter(c -> c == '\n').count());
        return text.substring(0, block.start()) + breaks + text.substring(block.end());
    }

    /** A word of the transcript: where <sync> finds it (line, word, from 1) and its text. */
    private record Word(int line, int number, String text) {
    }

    /**
     * Cues from a legacy transcript: a labelled paragraph opens a turn, an unlabelled one a paragraph of the turn
     * before, and each <sync> marker (minute k at line L, word W) starts a timed paragraph at that word, the
     * paragraph being split there when the word is not its first.
     */
    private static List<Cue> legacyCues(Path file, String text, Element sync, Map<Integer, String> footnotes,
                                        List<String> checks) throws ImportProblem {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<List<Word>> paragraphs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Word> paragraph = null;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (line.isBlank()) {
                paragraph = null;
                continue;
            }
            String[] tokens = line.strip().split("\\s+");
            int skip = 0;
            if (paragraph == null) {
                paragraph = new ArrayList<>();
                paragraphs.add(paragraph);
                Matcher label = LABEL.matcher(line);
                if (label.find()) {
                    labels.add(label.group(1).strip());
                    skip = label.group(1).strip().split("\\s+").length;
                } else {
                    labels.add(null);
                }
            }
            for (int w = 0; w < tokens.length; w++) {
                if (w >= skip) {
                    paragraph.add(new Word(l + 1, w + 1, tokens[w]));
                }
            }
        }
        Map<Word, Timecode> marks = marks(file, sync, lines, paragraphs);
        List<Cue> cues = new ArrayList<>();
        int splits = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Word> words = paragraphs.get(p);
            String speaker = labels.get(p) == null ? "" : labels.get(p);
            Cue.Opens opens = labels.get(p) == null ? Cue.Opens.PARAGRAPH : Cue.Opens.TURN;
            // With minute markers, the transcript opens at minute 0, as OHMS shows it; without, nothing is timed.
            Timecode start = p == 0 && !marks.isEmpty() ? new Timecode(0) : null;
            StringBuilder piece = new StringBuilder();
            for (int w = 0; w < words.size(); w++) {
                Timecode mark = marks.get(words.get(w));
                if (mark != null && w > 0) {
                    cues.add(new Cue(start, "", speaker, references(piece.toString(), footnotes), opens));
                    opens = Cue.Opens.PARAGRAPH;
                    piece.setLength(0);
                    splits++;
                }
                if (mark != null) {
                    start = mark;
                }
                piece.append(piece.isEmpty() ? "" : " ").append(words.get(w).text());
            }
            if (!piece.isEmpty() || opens == Cue.Opens.TURN) {
                cues.add(new Cue(start, "", speaker, references(piece.toString(), footnotes), opens));
            }
        }
        if (cues.isEmpty()) {
            throw new ImportProblem(file, 1, 1, "the <transcript> holds no words");
        }
        if (splits > 0) {
            checks.add("times: " + splits + " of the <sync> minute markers fell inside a paragraph, which was split"
                    + " there so that the time is kept; join the paragraphs back where you prefer");
        }
        return cues;
    }

    /** The word each <sync> marker names (or the first word after it, when it names a label or a blank line). */
    private static Map<Word, Timecode> marks(Path file, Element sync, String[] lines, List<List<Word>> paragraphs)
            throws ImportProblem {
        Map<Word, Timecode> marks = new HashMap<>();
        if (sync == null || sync.text().isBlank()) {
            return marks;
        }
        String value = sync.text().strip();
        int colon = value.indexOf(':');
        int minutes;
        try {
            minutes = Integer.parseInt(value.substring(0, Math.max(colon, 0)).strip());
        } catch (NumberFormatException e) {
            throw new ImportProblem(file, sync.line(), sync.column(), "<sync> must start with its interval in minutes"
                    + " and a colon, as in '1:|13(3)|19(14)', not '" + shorten(value) + "'");
        }
        List<Word> all = paragraphs.stream().flatMap(List::stream).toList();
        String[] stamps = value.substring(colon + 1).split("\\|", -1);
        for (int k = 1; k < stamps.length; k++) {
            String stamp = stamps[k].strip();
            if (stamp.isEmpty()) {
                continue;
            }
            Matcher mark = SYNC_MARK.matcher(stamp);
            if (!mark.matches()) {
                throw new ImportProblem(file, sync.line(), sync.column(), "<sync> marker " + k + " is '" + stamp
                        + "'; each marker is LINE(WORD), as in 13(3)");
            }
            int line = Integer.parseInt(mark.group(1));
            int word = Integer.parseInt(mark.group(2));
            if (line < 1 || line > lines.length) {
                throw new ImportProblem(file, sync.line(), sync.column(), "<sync> marker " + k + " (minute "
                        + k * minutes + ") names line " + line + ", but the transcript has " + lines.length + " lines");
            }
            Word named = null;
            for (Word candidate : all) {
                if (candidate.line() > line || candidate.line() == line && candidate.number() >= word) {
                    named = candidate;
                    break;
                }
            }
            if (named != null) {
                marks.putIfAbsent(named, new Timecode((long) k * minutes * 60_000));
            }
        }
        return marks;
    }

    private static String references(String text, Map<Integer, String> footnotes) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            int number = Integer.parseInt(reference.group(1));
            reference.appendReplacement(out, Matcher.quoteReplacement(footnotes.containsKey(number)
                    ? Transcript.footnoteMark(number) : ""));
        }
        return reference.appendTail(out).toString().replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** What the parse keeps: the record's fields, its people and its index points. */
    private static final class Collected {
        final Map<String, Element> fields = new HashMap<>();
        final List<String> interviewers = new ArrayList<>();
        final List<String> interviewees = new ArrayList<>();
        final List<Map<String, String>> points = new ArrayList<>();
        String date;
        boolean record;
    }

    private static Collected parse(Path file, byte[] bytes) throws ImportProblem {
        Collected collected = new Collected();
        Deque<String> path = new ArrayDeque<>();
        DefaultHandler handler = new DefaultHandler() {
            private Locator locator;
            private StringBuilder text = new StringBuilder();
            private int line;
            private int column;
            private Map<String, String> point;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                boolean ours = uri.isEmpty() || uri.equals(NAMESPACE);
                path.push(ours ? local : "{" + uri + "}" + local);
                text.setLength(0);
                line = locator.getLineNumber();
                column = locator.getColumnNumber();
                if (depth("record", 1)) {
                    collected.record = true;
                }
                if (local.equals("point") && depth("index", 1)) {
                    point = new HashMap<>();
                }
                if (local.equals("date") && depth("record", 1) && attributes.getValue("value") != null) {
                    collected.date = attributes.getValue("value");
                }
            }

            /** Whether the element being read sits right inside one named {@code parent}, {@code levels} up. */
            private boolean depth(String parent, int levels) {
                return path.size() > levels && path.stream().skip(levels).findFirst().orElse("").equals(parent);
            }

            @Override
            public void characters(char[] chars, int start, int length) {
                text.append(chars, start, length);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                String name = path.pop();
                String value = text.toString();
                text.setLength(0);
                if (point != null && path.size() > 0 && path.peek().equals("point")) {
                    point.put(name, value);
                } else if (name.equals("point") && point != null) {
                    collected.points.add(point);
                    point = null;
                } else if (!path.isEmpty() && path.peek().equals("record")) {
                    switch (name) {
                        case "interviewer" -> addName(collected.interviewers, value);
                        case "interviewee" -> addName(collected.interviewees, value);
                        default -> collected.fields.putIfAbsent(name, new Element(value, line, column));
                    }
                }
            }

            @Override
            public void skippedEntity(String name) throws SAXException {
                throw new SAXParseException("the entity &" + name + "; is defined outside the file, which is never"
                        + " read; write its text instead", locator);
            }
        };
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new ImportProblem(file, Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber()),
                    "not well-formed XML: " + e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new ImportProblem(file, 1, 1, "cannot read the XML: " + e.getMessage());
        }
        if (!collected.record) {
            throw new ImportProblem(file, 1, 1, "not an OHMS file: there is no <record> under its root element");
        }
        return collected;
    }

    private static void addName(List<String> names, String value) {
        if (!value.isBlank()) {
            names.add(value.replaceAll("\\s+", " ").strip());
        }
    }
}
