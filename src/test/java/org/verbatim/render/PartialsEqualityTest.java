package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.bench.CorpusFixture;
import org.verbatim.build.TestSite;
import org.verbatim.index.SiteIndex;

/**
 * The fast path is the default theme: every page of the seed, the test corpus, the bilingual site, a site with every
 * element and awkward characters ({@code every-element}) and a generated
 * archive of 300 interviews rendered with the Java writers equals, as DOM with whitespace normalised, the same page
 * rendered with every partial from its template in {@code templates/partials/}. Each partial must have been
 * compared somewhere, or the test fails: a partial no site uses proves nothing.
 */
class PartialsEqualityTest {
    /** What each partial's root looks like in a page, to prove every partial was rendered and compared. */
    private static final Map<String, String> ROOTS = new LinkedHashMap<>(Map.of(
            "turn", "div.turn", "note (sidenote)", "aside.sidenote", "note (endnote)", "section.endnotes li",
            "noteref", "a.footnote-ref", "ed-inline", "span.ed-note", "inset (editor's note)", "aside.ed-block",
            "inset (read also)", "aside.related", "section", "h2.section-heading", "topic-map", "svg.topic-map-svg",
            "passage", "li.passage"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Integer> SEEN = new TreeMap<>();

    @TempDir
    static Path temp;
    private static Path archive;

    @BeforeAll
    static void generateArchive() throws IOException {
        ROOTS.put("interview-card", "li.entry");
        archive = CorpusFixture.generate(temp.resolve("archive"), 300).resolve("content");
    }

    static Stream<Arguments> sites() {
        return Stream.of(Arguments.of("seed", Path.of("content"), false),
                Arguments.of("seed offline", Path.of("content"), true),
                Arguments.of("corpus", Path.of("src/test/resources/corpus"), false),
                Arguments.of("bilingual", Path.of("src/test/resources/bilingual"), false),
                Arguments.of("every element", Path.of("src/test/resources/every-element"), false),
                Arguments.of("archive of 300", null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyPageIsTheSameWithTheJavaWritersAndWithThePartialTemplates(String name, Path content, boolean offline) {
        Path folder = content == null ? archive : content;
        Map<String, String> fast = render(folder, offline, new TemplateRenderer(TestSite.THEME));
        TemplateRenderer templates = TemplateRenderer.withTemplatePartials(TestSite.THEME);
        Map<String, String> slow = render(folder, offline, templates);

        assertThat(slow.keySet()).isEqualTo(fast.keySet());
        for (Map.Entry<String, String> page : fast.entrySet()) {
            String path = page.getKey();
            String other = slow.get(path);
            if (path.endsWith(".html")) {
                String expected = NormalizedDom.of(page.getValue());
                String actual = NormalizedDom.of(other);
                assertThat(actual).as("%s of %s, partials from templates vs Java; first difference:%n%s", path, name,
                        NormalizedDom.firstDifference(expected, actual)).isEqualTo(expected);
                count(other);
            } else if (path.endsWith(".json")) {
                assertThat(htmlNormalized(other)).as("%s of %s", path, name).isEqualTo(htmlNormalized(page.getValue()));
            } else if (!path.startsWith("search/index/")) {
                assertThat(other).as("%s of %s", path, name).isEqualTo(page.getValue());
            }
        }
    }

    @AfterAll
    static void everyPartialWasCompared() {
        for (Map.Entry<String, String> root : ROOTS.entrySet()) {
            assertThat(SEEN.getOrDefault(root.getKey(), 0)).as("pages compared with a %s (%s)", root.getKey(),
                    root.getValue()).isPositive();
        }
    }

    private static Map<String, String> render(Path content, boolean offline, TemplateRenderer theme) {
        SiteIndex index = TestSite.index(content, false, theme);
        SiteUrls urls = new SiteUrls(index.site().settings().baseUrl(), offline);
        Map<String, String> files = new TreeMap<>();
        new SitePages(theme, urls, false).render(index).forEach(page -> files.put(page.path(), page.html()));
        return files;
    }

    private static synchronized void count(String html) {
        var document = Jsoup.parse(html);
        ROOTS.forEach((name, selector) -> SEEN.merge(name, document.select(selector).size(), Integer::sum));
    }

    /** JSON with every string that holds markup replaced by its normalised DOM. */
    private static JsonNode htmlNormalized(String json) {
        try {
            return normalize(JSON.readTree(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode normalize(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = Stream.of(object.fieldNames()).flatMap(it -> {
                List<String> all = new java.util.ArrayList<>();
                it.forEachRemaining(all::add);
                return all.stream();
            }).toList();
            names.forEach(field -> object.set(field, normalize(object.get(field))));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, normalize(array.get(i)));
            }
        } else if (node.isTextual() && node.asText().contains("<")) {
            return new TextNode(NormalizedDom.of(node.asText()));
        }
        return node;
    }
}
