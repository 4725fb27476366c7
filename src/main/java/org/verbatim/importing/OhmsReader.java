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
 * {@code <vtt_transcript>}, or 5.4 and older with a plain-text {@code <transcript>} timed by its {@code <sync>}
 * minute markers (read by {@link LegacyOhmsTranscript}); the
 * {@code <index>} points as segments; title, date, interviewers, interviewees, repository, accession, language and
 * the recording's address as facts. Read with the JDK's parser, namespace-aware (the OHMS namespace or none),
 * external entities refused.
 */
public final class OhmsReader {
    public static final String NAMESPACE = "https://www.weareavp.com/nunncenter/ohms";
    /** An element's text and where its content starts in the file. */
    record Element(String text, int line, int column) {
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
        String text = LegacyOhmsTranscript.footnotes(transcript.text(), footnotes);
        List<Cue> cues = LegacyOhmsTranscript.cues(file, text, xml.fields.get("sync"), footnotes, checks);
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
