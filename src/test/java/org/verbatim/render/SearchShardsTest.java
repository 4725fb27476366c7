package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.bench.CorpusFixture;
import org.verbatim.build.TestSite;
import org.verbatim.index.SiteIndex;
import org.verbatim.model.Interview;
import org.verbatim.model.Turn;

/**
 * The sharded search index of a generated archive of 120 interviews, read back as {@code search.js} reads it:
 * every passage in the fragments once, in order; every word of every passage in the shard the manifest points
 * to, with that passage among its postings; shards small, sorted and cut where the manifest says.
 */
class SearchShardsTest {
    @TempDir
    static Path temp;
    static SiteIndex index;
    static Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();

    @BeforeAll
    static void render() throws Exception {
        Path content = CorpusFixture.generate(temp, 120).resolve("content");
        index = TestSite.index(content, false);
        // In parts of about 500 passages, as a large archive is read on several cores: each term's postings are
        // put together from several parts.
        new SearchShards(500).render(index, PageLinks.forPath(Routes.SEARCH, true), new Dates(),
                page -> files.put(page.path(), page.bytes()));
    }

    @Test
    void readInPartsTheIndexIsTheIndexReadInOne() {
        Map<String, byte[]> whole = new java.util.concurrent.ConcurrentSkipListMap<>();
        new SearchShards(Integer.MAX_VALUE).render(index, PageLinks.forPath(Routes.SEARCH, true), new Dates(),
                page -> whole.put(page.path(), page.bytes()));
        assertThat(whole.keySet()).containsExactlyElementsOf(files.keySet()).hasSizeGreaterThan(10);
        assertThat(files.keySet()).as("fragments of 500 passages' parts").contains("search/index/f16.js");
        whole.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path)
                .isEqualTo(new String(files.get(path), StandardCharsets.UTF_8)));
    }

    @Test
    void everyPassageIsInTheFragmentsOnceInReadingOrder() throws Exception {
        JsonNode manifest = data("search/index/manifest.js");
        List<String> expected = new ArrayList<>();
        for (Interview interview : index.newestFirst()) {
            for (Turn turn : interview.turns()) {
                expected.add("../interviews/" + interview.slug() + "/index.html#" + turn.id());
            }
        }
        List<String> urls = new ArrayList<>();
        for (int f = 0; files.containsKey("search/index/f" + f + ".js"); f++) {
            JsonNode fragment = data("search/index/f" + f + ".js");
            assertThat(fragment.size()).isLessThanOrEqualTo(SearchShards.FRAGMENT_SIZE);
            fragment.forEach(passage -> urls.add(passage.get(0).asText()));
        }
        assertThat(urls).containsExactlyElementsOf(expected);
        assertThat(manifest.path("passages").asInt()).isEqualTo(expected.size());
    }

    @Test
    void everyWordOfEveryPassageIsFoundThroughTheManifest() throws Exception {
        JsonNode manifest = data("search/index/manifest.js");
        List<String> firsts = new ArrayList<>();
        manifest.path("shards").forEach(first -> firsts.add(first.asText()));
        assertThat(firsts).isSorted().doesNotHaveDuplicates();
        Map<String, List<int[]>> postings = new LinkedHashMap<>();
        for (int s = 0; s < firsts.size(); s++) {
            byte[] shard = files.get("search/index/s" + s + ".js");
            assertThat(shard.length).isLessThanOrEqualTo(2 * SearchShards.SHARD_BYTES);
            JsonNode data = data("search/index/s" + s + ".js");
            List<String> terms = new ArrayList<>();
            data.path("terms").forEach(t -> terms.add(t.asText()));
            assertThat(terms.get(0)).isEqualTo(firsts.get(s));
            assertThat(terms).isSorted();
            if (s + 1 < firsts.size()) {
                assertThat(terms.get(terms.size() - 1)).isLessThan(firsts.get(s + 1));
            }
            for (int i = 0; i < terms.size(); i++) {
                postings.put(terms.get(i), decode(data.path("postings").get(i).asText()));
            }
        }
        int passage = 0;
        for (Interview interview : index.newestFirst()) {
            for (Turn turn : interview.turns()) {
                for (String word : SearchShards.terms(turn.text())) {
                    int p = passage;
                    assertThat(postings.get(word)).as(word).anyMatch(posting -> posting[0] == p && posting[1] >= 4);
                }
                passage++;
            }
        }
    }

    @Test
    void termsAreFoldedAsTheBrowserFoldsAQuery() {
        assertThat(SearchShards.terms("Souveraineté, l’Europe — 2024 AI-Act!")).containsExactly("souverainete", "l",
                "europe", "2024", "ai", "act");
        assertThat(SearchShards.terms("Straße Łukasz 张伟")).containsExactly("straße", "łukasz", "张伟");
        assertThat(SearchShards.terms("x".repeat(65) + " ok")).containsExactly("ok");
    }

    @Test
    void numbersRoundTripThroughTheirDigits() {
        StringBuilder out = new StringBuilder();
        int[] values = {0, 1, 31, 32, 1023, 1024, 123_456_789};
        for (int value : values) {
            SearchShards.number(out, value);
        }
        assertThat(out.toString()).matches("[0-9a-zA-Z_-]+");
        assertThat(numbers(out.toString())).containsExactly(0, 1, 31, 32, 1023, 1024, 123_456_789);
    }

    /** The postings as search.js decodes them: gaps and weights, base 32, digits past 31 saying "more". */
    private static List<int[]> decode(String encoded) {
        List<Integer> numbers = numbers(encoded);
        List<int[]> postings = new ArrayList<>();
        int passage = 0;
        for (int i = 0; i + 1 < numbers.size(); i += 2) {
            passage += numbers.get(i);
            postings.add(new int[] {passage, numbers.get(i + 1)});
        }
        return postings;
    }

    private static List<Integer> numbers(String encoded) {
        List<Integer> numbers = new ArrayList<>();
        int value = 0;
        for (char c : encoded.toCharArray()) {
            int digit = SearchShards.DIGITS.indexOf(c);
            value = value * 32 + (digit & 31);
            if (digit < 32) {
                numbers.add(value);
                value = 0;
            }
        }
        return numbers;
    }

    /** The data a script file hands to {@code verbatimSearch.kind(…)}, without its number. */
    private static JsonNode data(String path) throws Exception {
        String script = new String(files.get(path), StandardCharsets.UTF_8);
        String call = script.substring(script.indexOf('(') + 1, script.lastIndexOf(')'));
        String json = call.matches("(?s)^\\d+,.*") ? call.substring(call.indexOf(',') + 1) : call;
        return new ObjectMapper().readTree(json);
    }
}
