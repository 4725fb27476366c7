package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/**
 * The tagging rules, proved on a corpus of three interviews written for the purpose
 * ({@code src/test/resources/corpus}): multi-paragraph answers, Unicode case folding, possessives, aliases
 * in link URLs, code and footnotes, {@code -id} removals, hand marks, pointer aliases and whole-interview topics.
 */
class TopicIndexCorpusTest {
    @TempDir
    static Path temp;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf(Path.of("src/test/resources/corpus"), temp);
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
    }

    /** The passages listed on a topic page, as "slug#tN". */
    private static List<String> passagesOn(String topicId) {
        return site.page("topics/" + topicId + "/index.html").select("a.passage-link").eachAttr("href").stream()
                .map(href -> href.replace("../../interviews/", "").replace("/#", "#"))
                .toList();
    }

    @Test
    void eachTopicPageListsExactlyThePassagesItsAliasesAndMarksSelect() {
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "wind-power", List.of("energy#t1", "energy#t2", "energy#t4"),
                "energy", List.of("energy#t3"),
                "mistral-ai", List.of("mistral#t1"),
                "microsoft", List.of("energy#t4", "mistral#t4"),
                "example-domain", List.of("fishing#t2"),
                "fisheries", List.of(),
                "empty-topic", List.of()));
        Map<String, List<String>> actual = expected.keySet().stream()
                .collect(Collectors.toMap(id -> id, TopicIndexCorpusTest::passagesOn, (a, b) -> a, TreeMap::new));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void unicodeCaseFoldingMatchesAccentedCapitalsButNotMissingAccents() {
        assertThat(passagesOn("wind-power")).contains("energy#t1").doesNotContain("mistral#t2");
    }

    @Test
    void anAliasMatchesItsPossessiveButNotALongerWord() {
        Element passage = site.page("topics/mistral-ai/index.html").selectFirst("li.passage");
        assertThat(passage.select("mark").text()).isEqualTo("Mistral");
        assertThat(passage.select("blockquote").text()).isEqualTo("What is Mistral's plan? Not the Mistrals, the company.");
    }

    @Test
    void linkUrlsCodeAndFootnotesNeverMatch() {
        assertThat(passagesOn("example-domain")).containsExactly("fishing#t2");
        assertThat(passagesOn("microsoft")).doesNotContain("mistral#t3");
        assertThat(passagesOn("mistral-ai")).doesNotContain("energy#t4");
    }

    @Test
    void aRemovalMarkUndoesAnAliasMatchAndAHandMarkAddsOne() {
        assertThat(passagesOn("mistral-ai")).doesNotContain("mistral#t2");
        Element marked = site.page("topics/microsoft/index.html").select("li.passage").last();
        assertThat(marked.select("mark")).isEmpty();
        assertThat(marked.select("blockquote").text()).isEqualTo("Nothing else.");
    }

    @Test
    void theMatchedWordsAreMarkedInTheExcerptAndTheSpeakerIsNamed() {
        Document page = site.page("topics/wind-power/index.html");
        assertThat(page.select("li.passage mark").eachText()).containsExactly("Éoliennes", "wind farm", "Turbines");
        assertThat(page.select("li.passage .passage-speaker").eachText())
                .containsExactly("The Gazette", "Ada Lovelace", "Ada Lovelace");
    }

    @Test
    void passagesAreGroupedByInterviewNewestFirst() {
        Document page = site.page("topics/microsoft/index.html");
        assertThat(page.select("article.passage-group h3").eachText()).containsExactly("On energy", "On Mistral");
    }

    @Test
    void interviewLevelTopicsIndexTheInterviewAsAWhole() {
        Document page = site.page("topics/fisheries/index.html");
        assertThat(page.select("section.whole-interviews li a").eachText()).containsExactly("On fishing");
        assertThat(page.select("li.passage")).isEmpty();
        assertThat(site.page("topics/energy/index.html").select("section.whole-interviews a").eachText())
                .containsExactly("On energy");
    }

    @Test
    void theTopicIndexListsEveryTopicAToZWithCountsSeeAlsoAndEmptyTopicsMarked() {
        Document index = site.page("topics/index.html");
        assertThat(index.select("[role=doc-index]")).hasSize(1);
        assertThat(index.select(".index-entry .index-term").eachText()).containsExactly(
                "Energy", "Example domain", "Fisheries", "Microsoft", "Mistral AI", "turbines", "Wind power",
                "Zebra crossings");
        assertThat(index.select("nav.letter-bar a").eachText()).containsExactly("E", "F", "M", "T", "W", "Z");
        Elements wind = index.select("#topic-wind-power");
        assertThat(wind.select(".index-counts").text()).isEqualTo("3 passages in 1 interview");
        assertThat(wind.select(".index-see-also a").eachText()).containsExactly("Energy");
        assertThat(index.select("#topic-microsoft .index-counts").text()).isEqualTo("2 passages in 2 interviews");
        assertThat(index.select("#topic-empty-topic").hasClass("index-entry--empty")).isTrue();
        assertThat(index.select("#topic-empty-topic .index-counts").text()).isEqualTo("no passages yet");
        assertThat(index.select("#topic-fisheries").hasClass("index-entry--empty")).isFalse();
        assertThat(index.select("#topic-turbines .index-see a").attr("href")).isEqualTo("../topics/wind-power/");
    }

    @Test
    void peoplePagesCountTurnsPerInterviewUsingPeopleYaml() {
        Document people = site.page("people/index.html");
        assertThat(people.select(".people-entry > a").eachText())
                .containsExactly("Ada Lovelace", "Grace Hopper", "Rear Admiral", "The Gazette");
        Document ada = site.page("people/ada-lovelace/index.html");
        assertThat(ada.select(".person-description").text()).isEqualTo("Mathematician, interviewed twice.");
        assertThat(ada.select("li.entry .entry-title a").eachText()).containsExactly("On energy", "On Mistral");
        assertThat(ada.select("li.entry .entry-appearance").eachText())
                .containsExactly("interviewed, 2 turns", "interviewed, 2 turns");
    }

    @Test
    void interviewPagesLinkTheirTopicsAndEachPassagesTopicsIntoTheIndex() {
        Document page = site.page("interviews/energy/index.html");
        assertThat(page.select(".interview-header .topic-list a").eachAttr("href")).containsExactly("../../topics/energy/");
        assertThat(page.select("#t4 .passage-topics a").eachText()).containsExactly("Microsoft", "Wind power");
        assertThat(page.select("#t4 .passage-topics a").eachAttr("href"))
                .containsExactly("../../topics/microsoft/", "../../topics/wind-power/");
    }
}
