package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** The interview page's topic map: well-formed SVG, one mark per tagged passage, bounded in size. */
class TopicMapTest {
    @TempDir
    Path temp;

    @Test
    void theSeedMapHasOneMarkPerTaggedPassageEachLinkingToATurn() throws Exception {
        TestSite site = TestSite.copyOf(Path.of("content"), temp);
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/marina-ferrari/index.html");
        Element svg = page.selectFirst("figure.topic-map svg");
        assertWellFormedXml(svg);

        int taggedPassages = page.select(".turn .passage-topics a").size();
        Elements marks = svg.select("rect.topic-map-mark");
        assertThat(marks).hasSize(taggedPassages).hasSize(27);
        for (Element mark : marks) {
            String href = mark.parent().attr("href");
            assertThat(href).matches("#t\\d+");
            assertThat(page.getElementById(href.substring(1))).isNotNull();
            assertThat(mark.parent().attr("aria-label")).matches(".+ — passage \\d+ \\((La Tribune|Marina Ferrari)\\)");
        }
        Set<String> rowLinks = new HashSet<>(svg.select("a:has(text)").eachAttr("href"));
        assertThat(rowLinks).hasSize(10).allMatch(href -> href.startsWith("../../topics/"));
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
