package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code ohms.xml} and {@code tei.xml} of every interview of the example content and of the every-element fixture
 * (timed, with segments, editor's notes, footnotes, an editor's block): well-formed, in their namespaces, holding
 * every word of the page in order, and keeping the rules TEI P5 states for transcriptions of speech (ISO 24624):
 * the header's parts, speakers declared in particDesc, each annotationBlock pointing to a declared speaker and to
 * timeline points, starting before it ends, holding one u; notes that say where they stand and who wrote them.
 */
class ExportFormatsTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String OHMS = "https://www.weareavp.com/nunncenter/ohms";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @TempDir
    static Path temp;
    static List<Path> interviews = new ArrayList<>();

    @BeforeAll
    static void build() {
        for (String content : List.of("content", "src/test/resources/every-element")) {
            Path out = temp.resolve(Path.of(content).getFileName().toString());
            TestSite.Run run = TestSite.run("build", "--content=" + content, "--templates=" + TestSite.THEME,
                    "--out=" + out, "--no-cache", "--base-url=https://example.org/");
            assertThat(run.exit()).as(run.err()).isZero();
            try (var dirs = Files.list(out.resolve("interviews"))) {
                dirs.filter(dir -> Files.exists(dir.resolve("index.html"))).sorted().forEach(interviews::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(interviews).hasSizeGreaterThanOrEqualTo(4);
    }

    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> all(Node root, String namespace, String name) {
        NodeList nodes = root instanceof Document document ? document.getElementsByTagNameNS(namespace, name)
                : ((Element) root).getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element only(Node root, String name) {
        List<Element> found = all(root, TEI, name);
        assertThat(found).as("exactly one <%s>", name).hasSize(1);
        return found.get(0);
    }

    /** The page's conversation as words, without time labels, note numbers and editor's labels. */
    private static List<String> pageWords(Path dir) throws IOException {
        var page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        var conversation = page.select(".conversation .turn .utterance").clone();
        conversation.select(".segment-time, .ed-label, .ed-delim, .footnote-ref, .sidenote, time").remove();
        return words(conversation.text());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[\\s\\p{Punct}“”’‘«»—–…]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every word of the page, in order; a difference is told with the words around it. */
    private static void sameWords(List<String> actual, List<String> expected, String what) {
        int at = 0;
        while (at < Math.min(actual.size(), expected.size()) && actual.get(at).equals(expected.get(at))) {
            at++;
        }
        assertThat(actual.subList(Math.max(0, at - 5), Math.min(actual.size(), at + 5)))
                .as("%s: word %d of %d (the page has %d)", what, at, actual.size(), expected.size())
                .isEqualTo(expected.subList(Math.max(0, at - 5), Math.min(expected.size(), at + 5)));
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void teiKeepsTheRulesOfTheStandardAndEveryWord() throws Exception {
        for (Path dir : interviews) {
            Document tei = xml(dir.resolve("tei.xml"));
            Element root = tei.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("TEI");
            assertThat(root.getNamespaceURI()).isEqualTo(TEI);
            assertThat(root.getAttributeNS(XML, "lang")).isNotEmpty();
            Element header = only(tei, "teiHeader");
            Element fileDesc = only(header, "fileDesc");
            assertThat(only(only(fileDesc, "titleStmt"), "title").getTextContent()).isNotBlank();
            only(fileDesc, "publicationStmt");
            only(fileDesc, "sourceDesc");
            assertThat(only(only(header, "langUsage"), "language").getAttribute("ident")).isNotEmpty();

            Set<String> ids = new HashSet<>();
            for (Element element : all(tei, "*", "*")) {
                String id = element.getAttributeNS(XML, "id");
                if (!id.isEmpty()) {
                    assertThat(ids.add(id)).as("xml:id %s is unique in %s", id, dir).isTrue();
                    assertThat(id).matches("[\\p{L}_][\\p{L}\\p{N}._-]*");
                }
            }
            Set<String> people = new HashSet<>();
            for (Element person : all(only(header, "particDesc"), TEI, "person")) {
                people.add(person.getAttributeNS(XML, "id"));
                assertThat(person.getAttribute("role")).isIn("interviewer", "interviewee", "other");
                assertThat(only(person, "persName").getTextContent()).isNotBlank();
            }
            Map<String, Double> when = new HashMap<>();
            for (Element point : all(tei, TEI, "when")) {
                String id = point.getAttributeNS(XML, "id");
                if (point.hasAttribute("interval")) {
                    assertThat(point.getAttribute("since")).isEqualTo("#T0");
                    when.put(id, Double.parseDouble(point.getAttribute("interval")));
                } else {
                    assertThat(id).isEqualTo("T0");
                    when.put(id, 0.0);
                }
            }
            List<Element> blocks = all(tei, TEI, "annotationBlock");
            assertThat(blocks).isNotEmpty();
            List<String> words = new ArrayList<>();
            for (Element block : blocks) {
                assertThat(block.getAttribute("who")).startsWith("#");
                assertThat(people).contains(block.getAttribute("who").substring(1));
                if (block.hasAttribute("start")) {
                    double start = when.get(block.getAttribute("start").substring(1));
                    double end = when.get(block.getAttribute("end").substring(1));
                    assertThat(start).as("%s starts before it ends", block.getAttributeNS(XML, "id")).isLessThan(end);
                }
                assertThat(all(block, TEI, "u")).hasSize(1);
                Element u = all(block, TEI, "u").get(0);
                Element words_ = (Element) u.cloneNode(true);
                for (Element note : all(words_, TEI, "note")) {
                    if (note.getAttribute("place").equals("foot")) {
                        note.getParentNode().removeChild(note);
                    }
                }
                words.addAll(words(words_.getTextContent()));
            }
            sameWords(words, pageWords(dir), "tei.xml of " + dir.getFileName());
            for (Element note : all(tei, TEI, "note")) {
                assertThat(note.getAttribute("place")).isIn("inline", "foot", "block");
                if (note.getAttribute("type").equals("editorial")) {
                    assertThat(note.getAttribute("resp")).isEqualTo("#editor");
                    assertThat(ids).contains("editor");
                }
                if (note.getAttribute("place").equals("foot")) {
                    assertThat(note.getAttribute("n")).matches("\\d+");
                }
            }
            for (Element anchor : all(tei, TEI, "anchor")) {
                assertThat(when).containsKey(anchor.getAttribute("synch").substring(1));
            }
        }
    }

    @Test
    void theTimedFixtureHasItsTimelineSegmentsAndNotesInTei() throws Exception {
        Document tei = xml(temp.resolve("every-element/interviews/harbour/tei.xml"));
        Element segment = all(tei, TEI, "div").stream().filter(div -> div.getAttribute("type").equals("segment"))
                .findFirst().orElseThrow();
        assertThat(only(segment, "head").getTextContent()).isEqualTo("After the storm");
        assertThat(segment.getAttribute("synch")).startsWith("#T");
        assertThat(all(only(segment, "argument"), TEI, "item")).extracting(Node::getTextContent)
                .containsExactly("boats", "moorings");
        List<Element> inline = all(tei, TEI, "note").stream()
                .filter(note -> note.getAttribute("place").equals("inline")).toList();
        assertThat(inline).extracting(Node::getTextContent).contains("the two sea gates built in 1990");
        assertThat(all(tei, TEI, "note").stream().filter(note -> note.getAttribute("place").equals("foot"))
                .map(Node::getTextContent)).contains("A note cited from a turn and from an editor's note.");
        Element first = all(tei, TEI, "annotationBlock").get(0);
        assertThat(first.getAttribute("start")).isNotEmpty();
        assertThat(only(tei, "recording").getAttribute("type")).isEqualTo("audio");
        assertThat(only(tei, "media").getAttribute("url")).isEqualTo("https://example.org/interviews/harbour/harbour.mp3");
    }

    /**
     * The record's elements in the order OHMS's schema (ohms.xsd, version 6.0) lists them, as a sequence.
     */
    private static final List<String> OHMS_ORDER = List.of("version", "date", "date_nonpreferred_format",
            "cms_record_id", "title", "accession", "duration", "collection_id", "collection_name", "series_id",
            "series_name", "repository", "funding", "repository_url", "subject", "keyword", "interviewee", "interviewer",
            "format", "file_name", "sync", "sync_alt", "transcript_alt_lang", "translate", "media_id", "media_url",
            "mediafile", "kembed", "language", "user_notes", "index", "type", "description", "rel", "transcript",
            "transcript_alt", "vtt_transcript", "vtt_transcript_alt", "rights", "fmt", "usage");

    @Test
    void ohmsHoldsTheRecordTheTranscriptAndTheIndex() throws Exception {
        for (Path dir : interviews) {
            Document ohms = xml(dir.resolve("ohms.xml"));
            Element first = all(ohms, OHMS, "record").get(0);
            assertThat(first.getAttribute("id")).as("record id, an xs:int").matches("\\d{1,10}");
            assertThat(Long.parseLong(first.getAttribute("id"))).isLessThanOrEqualTo(Integer.MAX_VALUE);
            assertThat(java.time.LocalDate.parse(first.getAttribute("dt"))).isNotNull();
            int previous = -1;
            for (Node child = first.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    int at = OHMS_ORDER.indexOf(element.getLocalName());
                    assertThat(at).as("<%s> is an OHMS record element, in the schema's order", element.getLocalName())
                            .isGreaterThanOrEqualTo(previous);
                    previous = at;
                }
            }
            for (Element time : all(ohms, OHMS, "time")) {
                assertThat(time.getTextContent()).as("an index point's time, an xs:int").matches("\\d+");
            }
            for (String name : List.of("fmt", "clip_format")) {
                all(ohms, OHMS, name).forEach(e -> assertThat(e.getTextContent()).isIn("audio", "video"));
            }
            assertThat(ohms.getDocumentElement().getLocalName()).isEqualTo("ROOT");
            assertThat(ohms.getDocumentElement().getNamespaceURI()).isEqualTo(OHMS);
            Element record = all(ohms, OHMS, "record").get(0);
            assertThat(all(record, OHMS, "version").get(0).getTextContent()).isEqualTo("6.0");
            assertThat(all(record, OHMS, "title").get(0).getTextContent()).isNotBlank();
            assertThat(all(record, OHMS, "interviewee")).isNotEmpty();
            if (Files.exists(dir.resolve("transcript.vtt"))) {
                assertThat(all(record, OHMS, "vtt_transcript").get(0).getTextContent())
                        .isEqualTo(Files.readString(dir.resolve("transcript.vtt")));
            } else {
                String text = all(record, OHMS, "transcript").get(0).getTextContent();
                sameWords(words(text.replaceAll("(?s)\\[\\[footnotes]].*", "")
                        .replaceAll("\\[\\[footnote]]\\d+\\[\\[/footnote]]", "")
                        .replaceAll("(?m)^[^:\\n]{1,60}: ", " ")), pageWords(dir), "ohms.xml of " + dir.getFileName());
            }
        }
        Document ohms = xml(temp.resolve("every-element/interviews/harbour/ohms.xml"));
        List<Element> points = all(ohms, OHMS, "point");
        assertThat(points).hasSize(1);
        assertThat(all(points.get(0), OHMS, "time").get(0).getTextContent()).isEqualTo("90");
        assertThat(all(points.get(0), OHMS, "title").get(0).getTextContent()).isEqualTo("After the storm");
        assertThat(all(points.get(0), OHMS, "keywords").get(0).getTextContent()).isEqualTo("boats;moorings");
        assertThat(all(ohms, OHMS, "media_url").get(0).getTextContent())
                .isEqualTo("https://example.org/interviews/harbour/harbour.mp3");
    }

    @Test
    void theInterviewPageLinksItsDataFiles() throws IOException {
        for (Path dir : interviews) {
            var page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
            List<String> links = page.select("section.data-files a").eachAttr("href");
            assertThat(links).contains("interview.json", "ohms.xml", "tei.xml");
            assertThat(links.contains("transcript.vtt")).isEqualTo(Files.exists(dir.resolve("transcript.vtt")));
            for (String link : links) {
                assertThat(dir.resolve(link)).isRegularFile();
            }
        }
    }
}
