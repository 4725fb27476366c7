package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TaggedPassage;
import org.verbatim.model.Interview;

/**
 * The interview page's topic map: well-formed SVG, a row per topic with one mark per passage tagged with it,
 * bounded in size.
 */
class TopicMapTest {
    @TempDir
    Path temp;

    /**
     * The figures come from the model, not from the page: the interview's tagged passages, each under its topics.
     * A passage with two topics has a mark in each of the two rows, so marks are not counted as a whole; each row
     * must hold exactly the passages tagged with its topic, and each passage sit at one place in every row.
     */
    @Test
    void theSeedMapHasOneMarkPerTaggedPassageInTheRowOfEachOfItsTopics() throws Exception {
        TestSite site = TestSite.copyOf(Path.of("content"), temp);
        assertThat(site.build().exit()).isZero();
        SiteIndex index = TestSite.index(site.content(), false);
        Interview interview = index.newestFirst().stream().filter(i -> i.slug().equals("marina-ferrari")).findFirst()
                .orElseThrow();
        List<TaggedPassage> passages = index.passagesOf(interview);
        Map<String, List<String>> expectedRows = new LinkedHashMap<>();  // topic id -> "#tN" in reading order
        for (TaggedPassage passage : passages) {
            assertThat(passage.topicIds()).as(passage.turn().id()).isNotEmpty();
            passage.topicIds().forEach(id -> expectedRows.computeIfAbsent(id, k -> new ArrayList<>())
                    .add("#" + passage.turn().id()));
        }
        // The seed must exercise what is checked: several topics, and passages under more than one of them.
        assertThat(expectedRows).hasSizeGreaterThan(1);
        assertThat(passages).anyMatch(passage -> passage.topicIds().size() > 1);

        Document page = site.page("interviews/marina-ferrari/index.html");
        Element svg = page.selectFirst("figure.topic-map svg");
        assertWellFormedXml(svg);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Map<String, String> placeOfTurn = new HashMap<>();
        for (Element row : svg.select("g.topic-map-row")) {
            String topicHref = row.selectFirst("a:has(text)").attr("href");
            assertThat(topicHref).matches("\\.\\./\\.\\./topics/[a-z0-9-]+/");
            String topic = topicHref.substring("../../topics/".length(), topicHref.length() - 1);
            List<String> marks = new ArrayList<>();
            for (Element mark : row.select("rect.topic-map-mark")) {
                String href = mark.parent().attr("href");
                marks.add(href);
                // The turn it links to is on the page and lists this row's topic among its own.
                Element turn = page.getElementById(href.substring(1));
                assertThat(turn).as(href).isNotNull();
                assertThat(turn.select(".passage-topics a").eachAttr("href")).as(href).contains(topicHref);
                assertThat(mark.parent().attr("aria-label"))
                        .matches(".+ — passage " + turn.id().substring(1) + " \\((La Tribune|Marina Ferrari)\\)");
                assertThat(placeOfTurn.computeIfAbsent(href, k -> mark.attr("x"))).as("x of %s in every row", href)
                        .isEqualTo(mark.attr("x"));
            }
            assertThat(rows.put(topic, marks)).as("a second row for " + topic).isNull();
        }
        assertThat(rows).containsExactlyEntriesOf(expectedRows);

        // Every tagged passage has its place, a place of its own, along the conversation in reading order.
        List<String> tagged = passages.stream().map(passage -> "#" + passage.turn().id()).toList();
        assertThat(placeOfTurn.keySet()).containsExactlyInAnyOrderElementsOf(tagged);
        List<Double> places = tagged.stream().map(href -> Double.parseDouble(placeOfTurn.get(href))).toList();
        for (int i = 1; i < places.size(); i++) {
            assertThat(places.get(i)).as("x of %s after %s", tagged.get(i), tagged.get(i - 1)).isGreaterThan(places.get(i - 1));
        }
        // And the page agrees with the model on which turns are tagged.
        assertThat(page.select(".turn:has(.passage-topics)").eachAttr("id").stream().map(id -> "#" + id))
                .containsExactlyElementsOf(tagged);
    }

    @Test
    void aThreeThousandTurnInterviewKeepsTheMapBounded() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 1500; i++) {
            body.append("Q: Question ").append(i).append(i % 7 == 0 ? " about the AI Act?" : "?").append("\n\n");
            body.append("A: Answer ").append(i).append(i % 3 == 0 ? " on the AI Act." : ".").append("\n\n");
        }
        TestSite site = TestSite.minimal(temp).interview("long", body.toString());
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/long/index.html");
        assertThat(page.select(".turn")).hasSize(3000);
        Element svg = page.selectFirst("figure.topic-map svg");
        assertWellFormedXml(svg);
        assertThat(svg.attr("width")).isEqualTo("640");
        assertThat(Integer.parseInt(svg.attr("height"))).isLessThanOrEqualTo(100);
        assertThat(svg.select("rect.topic-map-mark")).hasSize(1500 / 7 + 1500 / 3);
        for (Element mark : svg.select("rect.topic-map-mark")) {
            double x = Double.parseDouble(mark.attr("x"));
            assertThat(x).isBetween(170.0, 640.0);
            assertThat(Double.parseDouble(mark.attr("width"))).isGreaterThanOrEqualTo(2.0);
        }
        assertThat(Files.size(site.out().resolve("interviews/long/index.html"))).isLessThan(3_000_000);
    }

    @Test
    void anInterviewWithoutTaggedPassagesHasNoMap() {
        TestSite site = TestSite.minimal(temp).interview("plain", "Q: Nothing to index?\n\nA: Nothing.\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("interviews/plain/index.html").select("figure.topic-map")).isEmpty();
    }

    private static void assertWellFormedXml(Element svg) throws Exception {
        String xml = svg.outerHtml();
        org.jsoup.nodes.Document asXml = org.jsoup.Jsoup.parse(xml, "", Parser.xmlParser());
        asXml.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document parsed = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(asXml.html().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(parsed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(parsed.getDocumentElement().getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
    }
}
