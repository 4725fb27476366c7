package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped La Tribune interview, built from {@code content/} with the default theme, checked with jsoup
 * against the original text (a copy of the seed transcript kept in the test resources).
 */
class SeedInterviewPageTest {
    private static final Path SEED = Paths.get("src/test/resources/seed/la-tribune-2024-02-28-marina-ferrari.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'/.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    @TempDir
    static Path temp;
    static Document page;
    static Document home;

    @BeforeAll
    static void buildSeedSite() throws IOException {
        Path out = temp.resolve("site");
        TestSite.Run run = TestSite.run("build", "--content=content", "--templates=templates", "--out=" + out);
        assertThat(run.exit()).as(run.err()).isZero();
        Path interview = out.resolve("interviews/marina-ferrari/index.html");
        page = Jsoup.parse(interview.toFile(), "UTF-8");
        home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void turnsAreAnchoredT1ToT6InOrderWithSpeakerAndRole() {
        Elements turns = page.select("section.conversation .turn");
        assertThat(turns.eachAttr("id")).containsExactly("t1", "t2", "t3", "t4", "t5", "t6");
        assertThat(turns.eachText().stream().map(t -> t.startsWith("# La Tribune") ? "LT" : t.startsWith("# Marina Ferrari") ? "MF" : "?"))
                .containsExactly("LT", "MF", "LT", "MF", "LT", "MF");
        for (Element turn : turns) {
            boolean question = turn.select(".speaker-name").text().equals("La Tribune");
            assertThat(turn.hasClass(question ? "turn--interviewer" : "turn--interviewee")).as(turn.id()).isTrue();
            assertThat(turn.select("a.permalink").attr("href")).isEqualTo("#" + turn.id());
        }
    }

    @Test
    void everyWordOfTheSeedAppearsInOrder() throws IOException {
        Element conversation = page.selectFirst("section.conversation").clone();
        conversation.select(".sidenote, .ed-label, .ed-delim, .speaker, .passage-topics, .inset-label, .footnote-ref").remove();
        List<String> shown = words(conversation.text());

        assertThat(shown).containsExactlyElementsOf(words(seedBody()));
        assertThat(page.select(".credits").text()).isEqualTo("Comments collected by Sylvain Rolland");
    }

    /** The seed's words without what the page shows elsewhere: date, speaker prefixes, "editor's note", credits. */
    private static String seedBody() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8).strip();
        assertThat(seed).startsWith("date 2024-02-28 LA Tribune – ").endsWith("Comments collected by Sylvain Rolland");
        return seed.replaceFirst("^date 2024-02-28 LA Tribune – ", "")
                .replace("Marina Ferrari – ", "")
                .replace("(15 million euros, editor’s note)", "15 million euros")
                .replace("(such as Capgemini or Artifact, editor’s note)", "such as Capgemini or Artifact")
                .replace("Comments collected by Sylvain Rolland", "");
    }

    private static List<String> words(String text) {
        Matcher matcher = WORD.matcher(text);
        List<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group().replaceAll("[.]$", ""));
        }
        return words;
    }

    @Test
    void theInlineEditorsNoteIsMarkedUpAsTheEditors() {
        Element note = page.selectFirst("#t4 .ed-note");
        assertThat(note).isNotNull();
        assertThat(note.attr("role")).isEqualTo("note");
        assertThat(note.attr("aria-label")).isEqualTo("Editor’s note");
        assertThat(note.text()).isEqualTo("[15 million euros — Ed.]");
        assertThat(note.select(".ed-delim").eachAttr("aria-hidden")).containsExactly("true", "true");
        assertThat(page.select("#t4 .ed-note").eachText()).contains("[such as Capgemini or Artifact — Ed.]");
    }

    @Test
    void theRelatedHeadlineIsAnInsetBetweenTurnsNotInsideOne() {
        Element related = page.selectFirst("section.conversation > aside.related");
        assertThat(related).isNotNull();
        assertThat(related.text()).contains("Artificial intelligence: French champion Mistral reaches the level of OpenAI");
        assertThat(related.previousElementSibling().id()).isEqualTo("t2");
        assertThat(related.nextElementSibling().id()).isEqualTo("t3");
    }

    @Test
    void footnoteReferencesAndNotesLinkBothWays() {
        Elements references = page.select("a[role=doc-noteref]");
        assertThat(references).hasSizeGreaterThanOrEqualTo(4);
        assertThat(references.eachText()).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, references.size()).mapToObj(Integer::toString).toArray(String[]::new));
        for (Element reference : references) {
            assertThat(reference.id()).startsWith("marina-ferrari-fnref-");
            Element note = page.getElementById(reference.attr("href").substring(1));
            assertThat(note).as(reference.attr("href")).isNotNull();
            assertThat(note.tagName()).isEqualTo("li");
            assertThat(note.parent().parent().attr("role")).isEqualTo("doc-endnotes");
            assertThat(note.select("a[role=doc-backlink]").eachAttr("href")).contains("#" + reference.id());
        }
        for (Element backlink : page.select("a[role=doc-backlink]")) {
            assertThat(page.getElementById(backlink.attr("href").substring(1))).isNotNull();
            assertThat(backlink.text()).contains("Back to text");
        }
    }

    @Test
    void notesUseDpubAriaRolesAsTheSpecDefinesThem() {
        assertThat(page.select("section[role=doc-qna]")).hasSize(1);
        assertThat(page.select("section[role=doc-endnotes] > ol > li")).hasSameSizeAs(page.select("a[role=doc-noteref]"));
        assertThat(page.select("[role=doc-endnote]")).isEmpty();
        assertThat(page.select("ol[role]")).isEmpty();
        Elements sidenotes = page.select("aside.sidenote");
        assertThat(sidenotes).hasSameSizeAs(page.select("a[role=doc-noteref]"));
        assertThat(sidenotes.eachAttr("role")).containsOnly("doc-footnote");
    }

    @Test
    void theGlossaryNotesExplainGapham() {
        Element gapham = page.select("#t3 a[role=doc-noteref]").first();
        assertThat(gapham).isNotNull();
        String note = page.getElementById(gapham.attr("href").substring(1)).text();
        assertThat(note).contains("GAFAM").contains("Gapham");
    }

    @Test
    void pagesDeclareTheirLanguageAndLoadNothingFromOtherHosts() {
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        for (Document document : List.of(page, home)) {
            Elements assets = document.select(
                    "link[href]:not([rel=canonical]):not([rel=alternate]), script[src], img[src], source[src], iframe[src], video[src], audio[src]");
            assertThat(assets).isNotEmpty();
            for (Element asset : assets) {
                String url = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
                assertThat(url).as(asset.outerHtml()).doesNotContain("//").doesNotStartWith("http");
            }
        }
    }

    @Test
    void theHeaderShowsIntervieweeDateAndTranslation() {
        assertThat(page.select("h1").text()).isEqualTo("“Mistral becomes a real option for OpenAI on Microsoft’s cloud”");
        assertThat(page.select(".interview-meta time").attr("datetime")).isEqualTo("2024-02-28");
        assertThat(page.select(".person-name").text()).isEqualTo("Marina Ferrari");
        assertThat(page.select(".translated-from").text()).isEqualTo("Translated from French");
    }

    @Test
    void theHomePageListsTheInterviewWithARelativeLink() {
        Element entry = home.selectFirst(".entry:has(a[href=interviews/marina-ferrari/])");
        assertThat(entry).as("the seed's entry on the home page").isNotNull();
        assertThat(entry.select(".entry-interviewee").text()).isEqualTo("Marina Ferrari");
        assertThat(entry.select("time").attr("datetime")).isEqualTo("2024-02-28");
        assertThat(Arrays.asList(entry.select(".topic-tag").eachText().toArray())).contains("Mistral AI");
    }
}
