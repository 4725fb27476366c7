package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.bench.CorpusFixture;
import org.verbatim.build.TestSite;
import org.verbatim.index.SiteIndex;

/**
 * Past the sitemap protocol's 50,000 URLs a file, sitemap.xml becomes an index of sitemap-N.xml files that
 * together list every page once. Shown with a limit of 25 URLs on a generated archive of 30 interviews.
 */
class SitemapIndexTest {
    @TempDir
    Path temp;

    @Test
    void aLargeSitemapIsSplitAndIndexedWithEveryPageOnce() throws Exception {
        SiteIndex index = TestSite.index(CorpusFixture.generate(temp, 30).resolve("content"), false);
        SiteUrls urls = new SiteUrls("https://example.org/archive/", false);
        Map<String, RenderedPage> files = new SitePages(new TemplateRenderer(TestSite.THEME), urls, false, 25)
                .render(index).stream().collect(Collectors.toMap(RenderedPage::path, page -> page));
        List<String> pages = Routes.pageFolders(index);
        assertThat(pages.size()).isGreaterThan(50);

        Document sitemapIndex = Jsoup.parse(files.get("sitemap.xml").html(), "", Parser.xmlParser());
        assertThat(sitemapIndex.selectFirst("sitemapindex")).isNotNull();
        List<String> parts = sitemapIndex.select("sitemap > loc").eachText();
        assertThat(parts).hasSize((pages.size() + 24) / 25).first().isEqualTo("https://example.org/archive/sitemap-1.xml");
        List<String> listed = new ArrayList<>();
        for (String part : parts) {
            Document sitemap = Jsoup.parse(files.get(part.substring("https://example.org/archive/".length())).html(), "",
                    Parser.xmlParser());
            assertThat(sitemap.select("url")).hasSizeLessThanOrEqualTo(25);
            listed.addAll(sitemap.select("url > loc").eachText());
        }
        assertThat(listed).doesNotHaveDuplicates()
                .containsExactlyElementsOf(pages.stream().map(urls::absolute).toList());
    }

    @Test
    void aSmallSitemapStaysOneFile() throws Exception {
        SiteIndex index = TestSite.index(CorpusFixture.generate(temp, 3).resolve("content"), false);
        SiteUrls urls = new SiteUrls("https://example.org/", false);
        List<RenderedPage> files = new SitePages(new TemplateRenderer(TestSite.THEME), urls, false).render(index);
        assertThat(files).extracting(RenderedPage::path).contains("sitemap.xml").noneMatch(p -> p.startsWith("sitemap-"));
        assertThat(files.stream().filter(p -> p.path().equals("sitemap.xml")).findFirst().orElseThrow().html())
                .contains("<urlset");
    }
}
