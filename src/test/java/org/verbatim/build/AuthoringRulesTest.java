package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule of the authoring format, each on a small site written inline and built for real. */
class AuthoringRulesTest {
    @TempDir
    Path temp;

    private Document build(String body) {
        TestSite site = TestSite.minimal(temp).interview("2024-03-01-ada", body);
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        return site.page("interviews/ada/index.html");
    }

    @Test
    void aDeclaredLabelStartsATurnAndUnlabelledParagraphsContinueIt() {
        Document page = build("""
                Q: First question?

                A: First paragraph of the answer.

                Second paragraph, no label.

                - a list in the answer

                > a quote in the answer

                Q: Second question?
                """);
        Elements turns = page.select(".turn");
        assertThat(turns.eachAttr("id")).containsExactly("t1", "t2", "t3");
        Element answer = turns.get(1);
        assertThat(answer.select(".speaker-name").text()).isEqualTo("Ada Lovelace");
        assertThat(answer.select(".utterance > p").eachText()).containsExactly("First paragraph of the answer.", "Second paragraph, no label.");
        assertThat(answer.select(".utterance > ul li").text()).isEqualTo("a list in the answer");
        assertThat(answer.select(".utterance > blockquote").text()).isEqualTo("a quote in the answer");
        assertThat(answer.select(".utterance").text()).doesNotContain("A:");
    }

    @Test
    void onlyDeclaredIdsStartTurns() {
        Document page = build("""
                Q: A question?

                Note: this stays part of the question's turn, because Note is not a speaker.
                """);
        assertThat(page.select(".turn")).hasSize(1);
        assertThat(page.select("#t1 .utterance").text()).contains("Note: this stays part");
    }

    @Test
    void questionsAndAnswersAreStyledByRoleNotById() {
        TestSite site = TestSite.minimal(temp).file("interviews/roles.md", """
                ---
                title: Roles
                date: 2024-01-01
                speakers:
                  X: { name: Host, role: interviewer }
                  Y: { name: Guest, role: interviewee }
                  Z: { name: Translator, role: other }
                ---
                X: Question.

                Y: Answer.

                Z: Aside.
                """);
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/roles/index.html");
        assertThat(page.select("#t1").hasClass("turn--interviewer")).isTrue();
        assertThat(page.select("#t2").hasClass("turn--interviewee")).isTrue();
        assertThat(page.select("#t3").hasClass("turn--other")).isTrue();
    }

    @Test
    void textBeforeTheFirstTurnIsAnIntroductionNotATurn() {
        Document page = build("""
                An introduction by the editors.

                Q: The first question?
                """);
        assertThat(page.select(".conversation > .prose").text()).isEqualTo("An introduction by the editors.");
        assertThat(page.select(".turn").eachAttr("id")).containsExactly("t1");
    }

    @Test
    void headingsEndTurnsAndFormATableOfContents() {
        Document page = build("""
                ## On regulation

                Q: Question one?

                A: Answer one.

                ## On the market

                After a heading, unlabelled text is prose.

                Q: Question two?

                ---

                Also prose after a thematic break.
                """);
        assertThat(page.select("nav.toc a").eachAttr("href")).containsExactly("#on-regulation", "#on-the-market");
        assertThat(page.select("h2.section-heading").eachAttr("id")).containsExactly("on-regulation", "on-the-market");
        assertThat(page.select(".turn").eachAttr("id")).containsExactly("t1", "t2", "t3");
        assertThat(page.select(".conversation > .prose").eachText())
                .containsExactly("After a heading, unlabelled text is prose.", "Also prose after a thematic break.");
    }

    @Test
    void anInterviewWithoutHeadingsHasNoTableOfContents() {
        assertThat(build("Q: Just one question?\n").select("nav.toc")).isEmpty();
    }

    @Test
    void inlineEditorsNotesAreBracketedAndLabelled() {
        Document page = build("A: It cost a lot [ed: *15 million* euros], really.\n");
        Element note = page.selectFirst("#t1 span.ed-note");
        assertThat(note.text()).isEqualTo("[15 million euros — Ed.]");
        assertThat(note.select("em").text()).isEqualTo("15 million");
        assertThat(note.attr("role")).isEqualTo("note");
        assertThat(page.select("#t1 .utterance p").text()).isEqualTo("It cost a lot [15 million euros — Ed.], really.");
    }

    @Test
    void theWireServiceStyleUsesParentheses() {
        TestSite site = TestSite.minimal(temp)
                .file("site.yaml", "title: Wire\neditorNote: parentheses\n")
                .interview("ada", "A: It cost [ed: 15 million euros].\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("interviews/ada/index.html").select(".ed-note").text()).isEqualTo("(15 million euros — Ed.)");
    }

    @Test
    void frenchInterviewsLabelEditorsNotesNdlr() {
        TestSite site = TestSite.minimal(temp).file("interviews/fr.md", """
                ---
                title: Entretien
                date: 2024-02-28
                language: fr
                speakers:
                  LT: { name: La Tribune, role: interviewer }
                  MF: { name: Marina Ferrari, role: interviewee }
                ---
                MF: Très faible [ed: 15 millions d'euros].
                """);
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/fr/index.html");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select(".ed-note").text()).isEqualTo("[15 millions d'euros — NDLR]");
        assertThat(page.select(".ed-note").attr("aria-label")).isEqualTo("Note de la rédaction");
        assertThat(page.select(".conversation").attr("aria-label")).isEqualTo("Entretien");
    }

    @Test
    void blockEditorsNotesAndRelatedInsetsSitBetweenTurns() {
        Document page = build("""
                Q: Question?

                > [!ed]
                > Mistral AI announced its partnership on 26 February 2024.

                A: Answer.

                > [!related]
                > [Mistral reaches the level of OpenAI](https://example.org/article)

                > An ordinary quote stays a quote.
                """);
        Elements children = page.select(".conversation > *");
        assertThat(children.eachAttr("class")).containsExactly(
                "turn turn--interviewer", "ed-block", "turn turn--interviewee", "related", "turn turn--interviewee turn--continued");
        assertThat(page.select("aside.ed-block").attr("role")).isEqualTo("note");
        assertThat(page.select("aside.ed-block p").last().text()).isEqualTo("Mistral AI announced its partnership on 26 February 2024.");
        assertThat(page.select("aside.ed-block").text()).doesNotContain("[!ed]");
        assertThat(page.select("aside.related a").attr("href")).isEqualTo("https://example.org/article");
        assertThat(page.select("#t3 blockquote").text()).isEqualTo("An ordinary quote stays a quote.");
    }

    @Test
    void footnotesAreNumberedByFirstReferenceAndLinkBackToEveryReference() {
        Document page = build("""
                Q: First cites b[^b], then a[^a].

                A: Cites b again[^b].

                [^a]: Note a.
                [^b]: Note b.
                """);
        assertThat(page.select("a[role=doc-noteref]").eachText()).containsExactly("1", "2", "1");
        assertThat(page.select("a[role=doc-noteref]").eachAttr("id"))
                .containsExactly("ada-fnref-b", "ada-fnref-a", "ada-fnref-b-2");
        Elements notes = page.select("section[role=doc-endnotes] li");
        assertThat(notes.eachAttr("id")).containsExactly("ada-fn-b", "ada-fn-a");
        assertThat(notes.get(0).select("a[role=doc-backlink]").eachAttr("href"))
                .containsExactly("#ada-fnref-b", "#ada-fnref-b-2");
        assertThat(notes.get(0).select("a[role=doc-backlink]").eachText())
                .containsExactly("↩ Back to text (1)", "↩ Back to text (2)");
        assertThat(page.select("#t1 aside.sidenote").eachText()).containsExactly("1 Note b.", "2 Note a.");
        assertThat(page.select("#t2 aside.sidenote")).isEmpty();
    }

    @Test
    void aFootnoteMayFollowAnInlineEditorsNoteDirectly() {
        Document page = build("A: Anecdotal [ed: 15 million euros][^stake].\n\n[^stake]: Convertible into equity.\n");
        Element paragraph = page.selectFirst("#t1 .utterance > p");
        assertThat(paragraph.select(".ed-note").text()).isEqualTo("[15 million euros — Ed.]");
        assertThat(paragraph.select("a[role=doc-noteref]").attr("href")).isEqualTo("#ada-fn-stake");
    }

    @Test
    void passageTopicMarksTagTheTurnAndDoNotShowAsText() {
        Document page = build("""
                A: Microsoft's stake is anecdotal.
                {topics: microsoft, mistral-ai}

                Q: And the AI Act?
                {topics: -ai-act}
                """);
        assertThat(page.select("#t1 .utterance").text()).isEqualTo("Microsoft's stake is anecdotal.");
        assertThat(page.select("#t1 .passage-topics li").eachText()).containsExactly("Microsoft", "Mistral AI");
        assertThat(page.select("#t2 .passage-topics")).isEmpty();
        assertThat(page.text()).doesNotContain("{topics");
    }

    @Test
    void rawHtmlIsShownAsTextByDefault() {
        Document page = build("A: <script>alert('x')</script> and <b>bold</b>\n\n<div>block</div>\n");
        assertThat(page.select("script").eachAttr("type")).containsOnly("application/ld+json");
        assertThat(page.select("#t1 b")).isEmpty();
        assertThat(page.select("#t1").text()).contains("<script>alert('x')</script>").contains("<div>block</div>");
    }

    @Test
    void rawHtmlPassesThroughWhenTheSiteTrustsItsWriters() {
        TestSite site = TestSite.minimal(temp)
                .file("site.yaml", "title: Trusted\nunsafeHtml: true\n")
                .interview("ada", "A: Some <b>bold</b> words.\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("interviews/ada/index.html").select("#t1 b").text()).isEqualTo("bold");
    }

    @Test
    void theSlugDefaultsToTheFileNameWithoutItsDateAndCanBeSet() {
        TestSite site = TestSite.minimal(temp)
                .interview("sub/2024-03-01-Grace Hopper", "A: One.\n")
                .file("interviews/other.md", """
                        ---
                        title: Other
                        date: 2024-01-01
                        slug: custom-slug
                        speakers: { A: { name: Ada, role: interviewee } }
                        ---
                        A: Two.
                        """);
        assertThat(site.build().exit()).isZero();
        assertThat(site.out().resolve("interviews/grace-hopper/index.html")).exists();
        assertThat(site.out().resolve("interviews/custom-slug/index.html")).exists();
    }

    @Test
    void draftsAreLeftOutUnlessAsked() {
        TestSite site = TestSite.minimal(temp).file("interviews/draft.md", """
                ---
                title: Draft
                date: 2024-01-01
                draft: true
                speakers: { A: { name: Ada, role: interviewee } }
                ---
                A: Not yet.
                """);
        assertThat(site.build().exit()).isZero();
        assertThat(site.out().resolve("interviews/draft/index.html")).doesNotExist();
        assertThat(site.build("--drafts").exit()).isZero();
        assertThat(site.out().resolve("interviews/draft/index.html")).exists();
    }

    @Test
    void theHomePageListsInterviewsNewestFirst() {
        TestSite site = TestSite.minimal(temp)
                .file("interviews/old.md", "---\ntitle: Old\ndate: 2020-01-01\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: x\n")
                .file("interviews/new.md", "---\ntitle: New\ndate: 2024-01-01\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: y\n")
                .file("interviews/mid.md", "---\ntitle: Mid\ndate: 2022-01-01\nspeakers: { A: { name: Ada, role: interviewee } }\n---\nA: z\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("index.html").select(".entry-title").eachText()).containsExactly("New", "Mid", "Old");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkAreAccepted() {
        TestSite site = TestSite.minimal(temp).file("interviews/win.md",
                "\uFEFF---\r\ntitle: Windows\r\ndate: 2024-01-01\r\nspeakers:\r\n  A: { name: Ada, role: interviewee }\r\n---\r\nA: Hello\r\nworld.\r\n");
        assertThat(site.build().exit()).isZero();
        assertThat(site.page("interviews/win/index.html").select("#t1 .utterance p").text()).isEqualTo("Hello world.");
    }
}
