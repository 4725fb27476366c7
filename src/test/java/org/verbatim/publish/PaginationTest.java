package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.bench.CorpusFixture;
import org.verbatim.build.TestSite;

/**
 * Every list that grows with the archive is cut into pages: the home page, topic pages, the people index and
 * person pages. Walking {@code rel="next"} from a list's first page reaches each of its items exactly once;
 * each page has its own canonical URL, "page N of M" in its title and a numbered navigation; the sitemap
 * lists every page. Checked on a generated archive of 60 interviews, 4 to a page, on the web and from disk.
 */
class PaginationTest {
    private static final int PAGE_SIZE = 4;

    @TempDir
    static Path temp;
    static TestSite web;
    static TestSite offline;
    static JsonNode index;

    @BeforeAll
    static void build() throws Exception {
        Path content = CorpusFixture.generate(temp.resolve("archive"), 60).resolve("content");
        String settings = Files.readString(content.resolve("site.yaml")) + "pageSize: " + PAGE_SIZE + "\n";
        web = TestSite.copyOf(content, temp.resolve("web")).file("site.yaml", settings);
        assertThat(web.build().exit()).isZero();
        offline = TestSite.copyOf(content, temp.resolve("offline")).file("site.yaml", settings);
        assertThat(offline.build("--offline").exit()).isZero();
        index = new ObjectMapper().readTree(web.out().resolve("index.json").toFile());
    }

    @Test
    void followingNextFromTheHomePageReachesEveryInterviewExactlyOnce() throws Exception {
        for (TestSite site : List.of(web, offline)) {
            List<Document> pages = walk(site, "index.html");
            assertThat(pages).hasSize(15);
            List<String> interviews = new ArrayList<>();
            pages.forEach(page -> page.select(".entry-title a").forEach(a -> interviews.add(target(site, page, a.attr("href")))));
            Set<String> expected = new HashSet<>();
            index.path("interviews").forEach(i -> expected.add(site.out().resolve(i.path("url").asText()
                    + "index.html").normalize().toString()));
            assertThat(interviews).doesNotHaveDuplicates().hasSize(60).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(pages.get(0).select(".index-counts").text()).isEqualTo("60 interviews in all");
            assertThat(pages.get(0).title()).isEqualTo("Benchmark archive");
            assertThat(pages.get(1).title()).isEqualTo("Benchmark archive — page 2 of 15");
            assertThat(pages.get(14).select("a[rel=next]")).isEmpty();
            assertThat(pages.get(0).select("a[rel=prev]")).isEmpty();
        }
    }

    @Test
    void eachPageHasItsOwnCanonicalUrlAndANumberedNavigation() {
        Document third = web.page("page/3/index.html");
        assertThat(third.select("link[rel=canonical]").attr("href")).isEqualTo("https://bench.example.org/page/3/");
        assertThat(third.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("../../page/2/");
        assertThat(third.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("../../page/4/");
        assertThat(third.select("nav.pagination li").eachText()).containsExactly("1", "2", "3", "4", "5", "15");
        assertThat(third.select("nav.pagination [aria-current=page]").text()).isEqualTo("3");
        assertThat(third.select("nav.pagination li.pagination-gap").eachText()).containsExactly("15");
        assertThat(web.page("page/2/index.html").select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("../../");
        assertThat(offline.page("page/2/index.html").select("nav.pagination a[rel=prev]").attr("href"))
                .isEqualTo("../../index.html");
        assertThat(offline.page("index.html").select("nav.pagination a[rel=next]").attr("href"))
                .isEqualTo("page/2/index.html");
    }

    @Test
    void aTopicsPagesListEachOfItsPassagesExactlyOnce() {
        int paginated = 0;
        for (JsonNode topic : index.path("topics")) {
            if (!topic.path("see").isNull()) {
                continue;
            }
            String first = topic.path("url").asText() + "index.html";
            List<Document> pages = walk(web, first);
            List<String> passages = new ArrayList<>();
            List<String> whole = new ArrayList<>();
            for (Document page : pages) {
                page.select("a.passage-link").forEach(a -> passages.add(target(web, page, a.attr("href"))));
                page.select(".whole-interviews a").forEach(a -> whole.add(target(web, page, a.attr("href"))));
                assertThat(page.select("a.passage-link").size()).isLessThanOrEqualTo(PAGE_SIZE);
            }
            List<String> expected = new ArrayList<>();
            topic.path("passages").forEach(p -> expected.add(web.out().resolve(p.path("url").asText().replace("#", "index.html#"))
                    .normalize().toString()));
            assertThat(passages).as(first).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
            assertThat(whole).as(first).doesNotHaveDuplicates().hasSize(topic.path("wholeInterviews").size());
            paginated += pages.size() > 1 ? 1 : 0;
        }
        assertThat(paginated).isGreaterThan(5);
    }

    @Test
    void thePeopleIndexAndPersonPagesListEveryoneAndEveryAppearanceExactlyOnce() {
        List<Document> pages = walk(web, "people/index.html");
        List<String> people = new ArrayList<>();
        pages.forEach(page -> page.select(".people-list a").forEach(a -> people.add(target(web, page, a.attr("href")))));
        assertThat(people).doesNotHaveDuplicates().hasSize(index.path("people").size());
        assertThat(pages.get(0).select(".index-counts").first().text())
                .isEqualTo(index.path("people").size() + " people in all");
        for (JsonNode person : index.path("people")) {
            List<String> appearances = new ArrayList<>();
            for (Document page : walk(web, person.path("url").asText() + "index.html")) {
                page.select("li.entry .entry-title a").forEach(a -> appearances.add(target(web, page, a.attr("href"))));
            }
            assertThat(appearances).doesNotHaveDuplicates().hasSize(person.path("appearances").size());
        }
    }

    @Test
    void theSitemapListsEveryPageAndEveryListedPageExists() throws Exception {
        Document sitemap = Jsoup.parse(Files.readString(web.out().resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        List<String> urls = sitemap.select("loc").eachText();
        assertThat(urls).contains("https://bench.example.org/page/15/", "https://bench.example.org/people/page/2/")
                .doesNotHaveDuplicates();
        for (String url : urls) {
            String path = url.substring("https://bench.example.org/".length());
            assertThat(web.out().resolve(path + "index.html")).as(url).exists();
        }
        try (var files = Files.walk(web.out())) {
            long pages = files.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> !web.out().relativize(p).toString().startsWith("search")).count();
            assertThat(urls).hasSize((int) pages);
        }
    }

    /** The pages of a list, from its first page along {@code rel="next"}; fails on a loop. */
    private static List<Document> walk(TestSite site, String first) {
        List<Document> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String path = first;
        while (path != null) {
            assertThat(seen.add(path)).as("a loop at " + path).isTrue();
            Document page = site.page(path);
            pages.add(page);
            String next = page.select("a[rel=next]").attr("href");
            path = next.isEmpty() ? null : site.out().relativize(Path.of(target(site, page, next))).toString();
        }
        return pages;
    }

    /** The file a link on {@code page} leads to (a folder's index.html), with the fragment kept. */
    private static String target(TestSite site, Document page, String href) {
        String fragment = href.contains("#") ? href.substring(href.indexOf('#')) : "";
        Path from = Path.of(java.net.URI.create(page.location())).getParent();
        Path to = from.resolve(href.replaceFirst("#.*$", "")).normalize();
        if (href.replaceFirst("#.*$", "").isEmpty() || Files.isDirectory(to)) {
            to = to.resolve("index.html");
        }
        return to + fragment;
    }
}
