package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** The seed interview's topic pages list exactly the passages its marks and aliases select. */
class SeedTopicsTest {
    @TempDir
    static Path temp;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf(Path.of("content"), temp);
        assertThat(site.build().exit()).isZero();
    }

    @Test
    void everyTopicListsExactlyTheExpectedPassages() {
        // t1 LT: AI Act, language models, Microsoft, Mistral, regulation; {topics: open-source}
        // t2 MF: AI Act, Microsoft, Azure (cloud), OpenAI, Mistral
        // t3 LT: Gapham (gafam), Microsoft, Mistral; {topics: sovereignty}
        // t4 MF: Microsoft, Mistral, open source
        // t5 LT: European sovereignty, Gafam, Microsoft, Mistral
        // t6 MF: Microsoft/OpenAI, European sovereignty, large language models, Mistral
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("ai-act", List.of("t1", "t2"));
        expected.put("cloud", List.of("t2"));
        expected.put("gafam", List.of("t3", "t5"));
        expected.put("language-models", List.of("t1", "t6"));
        expected.put("microsoft", List.of("t1", "t2", "t3", "t4", "t5", "t6"));
        expected.put("mistral-ai", List.of("t1", "t2", "t3", "t4", "t5", "t6"));
        expected.put("open-source", List.of("t1", "t4"));
        expected.put("openai", List.of("t2", "t6"));
        expected.put("regulation", List.of("t1"));
        expected.put("sovereignty", List.of("t3", "t5", "t6"));

        Map<String, List<String>> actual = new TreeMap<>();
        Document index = site.page("topics/index.html");
        for (String href : index.select(".index-entry a.index-term").eachAttr("href")) {
            String id = href.replace("../topics/", "").replace("/", "");
            actual.put(id, site.page("topics/" + id + "/index.html").select("a.passage-link").eachAttr("href").stream()
                    .map(link -> link.replace("../../interviews/marina-ferrari/#", "")).toList());
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theGaphamSpellingIsMarkedInItsExcerpt() {
        assertThat(site.page("topics/gafam/index.html").select("mark").eachText()).containsExactly("Gapham", "Gafam");
    }
}
