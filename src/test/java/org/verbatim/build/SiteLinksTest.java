package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Walks every page of a built site and checks that every internal link reaches an existing file and anchor. */
class SiteLinksTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"content", "src/test/resources/corpus"})
    void everyLinkOnEveryPageResolvesToAFileAndAnchor(String contentFolder) throws IOException {
        TestSite site = TestSite.copyOf(Path.of(contentFolder), temp);
        assertThat(site.build().exit()).isZero();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document document = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element link : document.select("a[href], link[href], script[src], img[src]")) {
                    String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
                        continue;
                    }
                    checked++;
                    String problem = problem(site.out(), page, document, target);
                    if (problem != null) {
                        broken.add(site.out().relativize(page) + ": " + target + " (" + problem + ")");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(50);
    }

    private static String problem(Path root, Path page, Document document, String target) throws IOException {
        URI uri = URI.create(target);
        Path file = page;
        Document targetDocument = document;
        if (uri.getPath() != null && !uri.getPath().isEmpty()) {
            // The 404 page links from the base URL's path, "/" for these sites, since hosts serve it anywhere.
            file = uri.getPath().startsWith("/") ? root.resolve(uri.getPath().substring(1)).normalize()
                    : page.getParent().resolve(uri.getPath()).normalize();
            if (!file.startsWith(root)) {
                return "outside the site";
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                return "no such file";
            }
            targetDocument = file.toString().endsWith(".html") ? Jsoup.parse(file.toFile(), "UTF-8") : null;
        }
        String fragment = uri.getFragment();
        if (fragment != null && fragment.matches("t=\\d+(\\.\\d+)?")) {
            // A moment of a recording: a media fragment on the file, or the page with the player, which seeks there.
            boolean media = targetDocument == null && !file.toString().endsWith(".html");
            return media || targetDocument != null && targetDocument.selectFirst("section.player") != null ? null
                    : "a moment (#" + fragment + ") of a page without a recording";
        }
        if (fragment != null && (targetDocument == null || targetDocument.getElementById(fragment) == null)) {
            return "no element with id '" + fragment + "'";
        }
        return null;
    }
}
