package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** {@code build --offline}: a site that works from {@code file://}, with no server and no network. */
class OfflineBuildTest {
    @TempDir
    static Path temp;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf(Path.of("content"), temp);
        assertThat(site.build("--offline").exit()).isZero();
    }

    @Test
    void everyInternalLinkNamesItsFileBecauseBrowsersDoNotLookForIndexHtmlOnDisk() throws IOException {
        int links = 0;
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element link : document.select("a[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("#") || href.startsWith("http")) {
                        continue;
                    }
                    links++;
                    String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    // A page names its index.html; a link to a file (the recording, the data files) names the file.
                    assertThat(path).as(site.out().relativize(page) + ": " + href).matches(".*\\.(html|mp3|wav|ogg|opus|m4a|mp4|webm|json|vtt|xml)");
                    assertThat(page.getParent().resolve(path).normalize()).as(href).isRegularFile();
                }
            }
        }
        assertThat(links).isGreaterThan(50);
    }

    @Test
    void searchLoadsItsIndexAsAScriptNotWithFetch() throws IOException {
        Document search = site.page("search/index.html");
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly("../assets/js/search.js");
        assertThat(search.select("#search-form").attr("data-index")).isEqualTo("../search/index/");
        assertThat(Files.readString(site.out().resolve("search/index/manifest.js"))).startsWith("verbatimSearch.manifest({");
        String fragment = Files.readString(site.out().resolve("search/index/f0.js"));
        assertThat(fragment).startsWith("verbatimSearch.fragment(0,[").contains("\"../interviews/marina-ferrari/index.html#t1\"");
        assertThat(Files.readString(site.out().resolve("assets/js/search.js"))).doesNotContain("fetch(").doesNotContain("innerHTML");
    }

    @Test
    void nothingRefersToAnotherHost() throws IOException {
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(page.toFile(), "UTF-8");
                assertThat(document.select("script[src], link[rel=stylesheet], img[src], iframe, link[rel=preload]"))
                        .allSatisfy(e -> assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                                .doesNotContain("//"));
            }
        }
        assertThat(Files.readString(site.out().resolve("assets/css/base.css"))).doesNotContain("@import").doesNotContain("url(http");
    }
}
