package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The files a web host and readers' tools expect, parsed and checked against their formats. */
class WebPublishingTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "https://interviews.example.org/";

    @TempDir
    static Path temp;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf(Path.of("content"), temp);
        assertThat(site.build().exit()).isZero();
    }

    private static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.out().resolve(path).toFile());
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    @Test
    void theFeedIsAtomWithTheRequiredFieldsAndAbsoluteUrls() throws Exception {
        Element feed = xml("feed.xml").getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "title")).isEqualTo("La Tribune — Interviews");
        assertThat(child(feed, "id")).isEqualTo(BASE);
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);  // the seed and the timed example, newest first
        assertThat(child(feed, "updated")).isEqualTo(child((Element) entries.item(0), "updated"));
        assertThat(child((Element) entries.item(0), "id")).isEqualTo(BASE + "interviews/crito-opening/");
        Element entry = (Element) entries.item(1);
        assertThat(child(entry, "id")).isEqualTo(BASE + "interviews/marina-ferrari/");
        assertThat(child(entry, "title")).isEqualTo("“Mistral becomes a real option for OpenAI on Microsoft’s cloud”");
        assertThat(child(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
        assertThat(child(entry, "summary")).startsWith("France’s Secretary of State");
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo(BASE + "interviews/marina-ferrari/");
        assertThat(((Element) feed.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo(BASE + "feed.xml");
    }

    @Test
    void theSitemapListsEveryPageWithAbsoluteUrls() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList locs = sitemap.getElementsByTagName("loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).allMatch(url -> url.startsWith(BASE))
                .contains(BASE, BASE + "interviews/marina-ferrari/", BASE + "topics/", BASE + "topics/ai-act/",
                        BASE + "people/marina-ferrari/")
                .doesNotContain(BASE + "search/", BASE + "404.html");
        try (var pages = Files.walk(site.out())) {
            long htmlPages = pages.filter(p -> p.toString().endsWith("index.html")).count();
            assertThat(urls).hasSize((int) htmlPages - 1);
        }
    }

    @Test
    void robotsTxtAllowsEverythingAndNamesTheSitemap() throws Exception {
        assertThat(Files.readString(site.out().resolve("robots.txt")))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n");
    }

    @Test
    void theInterviewCarriesNewsArticleJsonLdWithGenreInterview() throws Exception {
        Document page = site.page("interviews/marina-ferrari/index.html");
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("genre").asText()).isEqualTo("Interview");
        assertThat(ld.path("headline").asText()).isEqualTo(page.select("h1").text());
        assertThat(ld.path("datePublished").asText()).isEqualTo("2024-02-28");
        assertThat(ld.path("inLanguage").asText()).isEqualTo("en");
        assertThat(ld.path("url").asText()).isEqualTo(BASE + "interviews/marina-ferrari/");
        assertThat(ld.path("publisher").path("name").asText()).isEqualTo("La Tribune");
        assertThat(ld.path("about").get(0).path("@type").asText()).isEqualTo("Person");
        assertThat(ld.path("about").get(0).path("name").asText()).isEqualTo("Marina Ferrari");
        assertThat(ld.path("about").findValuesAsText("termCode")).contains("mistral-ai", "microsoft");
        assertThat(ld.path("mentions").findValuesAsText("name")).contains("La Tribune");
        assertThat(ld.path("translationOfWork").path("inLanguage").asText()).isEqualTo("fr");
        ld.findValuesAsText("url").forEach(url -> assertThat(url).startsWith(BASE));
    }

    @Test
    void canonicalAndOpenGraphUseTheBaseUrl() {
        Document page = site.page("interviews/marina-ferrari/index.html");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "interviews/marina-ferrari/");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(BASE + "interviews/marina-ferrari/");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("“Mistral becomes");
        assertThat(page.select("link[type=application/atom+xml]").attr("href")).isEqualTo("../../feed.xml");
    }

    @Test
    void theTopicIndexIsADefinedTermSet() throws Exception {
        Document page = site.page("topics/index.html");
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("@type").asText()).isEqualTo("DefinedTermSet");
        assertThat(ld.path("hasDefinedTerm")).hasSize(10);
        assertThat(ld.path("hasDefinedTerm").get(0).path("@type").asText()).isEqualTo("DefinedTerm");
    }

    @Test
    void internalLinksAreRelativeSoTheSiteWorksUnderAnyPath() {
        for (String path : List.of("index.html", "interviews/marina-ferrari/index.html", "topics/index.html",
                "topics/microsoft/index.html", "people/index.html", "search/index.html")) {
            Document page = site.page(path);
            assertThat(page.select("a[href], link[rel=stylesheet], script[src]"))
                    .allSatisfy(element -> assertThat(element.hasAttr("href") ? element.attr("href") : element.attr("src"))
                            .as(path).doesNotStartWith("/").doesNotStartWith("http"));
        }
    }

    @Test
    void theNotFoundPageLinksFromTheSiteRootAndIsStyled() {
        Document page = site.page("404.html");
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("link[rel=stylesheet]").first().attr("href")).isEqualTo("/assets/css/base.css");
        assertThat(page.select("main a").eachAttr("href")).containsExactly("/", "/topics/", "/search/");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
    }

    @Test
    void aBaseUrlOnTheCommandLineWinsAndAPathPrefixReachesThe404Page(@TempDir Path other) throws Exception {
        TestSite moved = TestSite.copyOf(Path.of("content"), other);
        assertThat(moved.build("--base-url=https://news.example.com/archive/interviews").exit()).isZero();
        assertThat(moved.page("interviews/marina-ferrari/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.com/archive/interviews/interviews/marina-ferrari/");
        assertThat(moved.page("404.html").select("main a").first().attr("href")).isEqualTo("/archive/interviews/");
        assertThat(Files.readString(moved.out().resolve("feed.xml"))).contains("<id>https://news.example.com/archive/interviews/</id>");
    }

    @Test
    void withoutABaseUrlTheBuildSaysWhatItLeftOut(@TempDir Path other) {
        TestSite bare = TestSite.minimal(other).file("site.yaml", "title: No base\n").interview("a", "A: Hi.\n");
        TestSite.Run run = bare.build();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("note: no baseUrl in site.yaml or --base-url: feed.xml, sitemap.xml");
        assertThat(bare.out().resolve("feed.xml")).doesNotExist();
        assertThat(bare.page("interviews/a/index.html").select("link[rel=canonical]")).isEmpty();
    }

    @Test
    void anInvalidBaseUrlIsAUsageError(@TempDir Path other) {
        TestSite bare = TestSite.minimal(other).interview("a", "A: Hi.\n");
        TestSite.Run run = bare.build("--base-url=interviews.example.org");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--base-url must be an absolute http(s) URL");
    }
}
