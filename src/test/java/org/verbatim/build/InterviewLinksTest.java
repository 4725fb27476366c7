package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links between interviews: the internal {@code @/…md#anchor} form, checked at build time and resolved for web
 * and offline builds, and plain relative links to folders, made to name {@code index.html} offline.
 */
class InterviewLinksTest {
    @TempDir
    Path temp;

    static final String LE_GOFF = """
            ---
            title: Offshore wind and the fishermen
            date: 2022-11-03
            speakers:
              Q: { name: The Paper, role: interviewer }
              YG: { name: Yannick Le Goff, role: interviewee }
            ---
            Q: What do the fishermen say?

            YG: They were not consulted.

            ## Ports

            Q: And the ports?

            YG: They will gain. See [the first interview](@/interviews/2024-02-28-ferrari.md).
            """;

    /** Two interviews that link each other, internally and with a plain relative link in a "read also" inset. */
    static TestSite linkedSite(Path root) {
        return TestSite.minimal(root)
                .file("interviews/2022/2022-11-03-yannick-le-goff.md", LE_GOFF)
                .file("interviews/2024-02-28-ferrari.md", """
                        ---
                        title: On digital sovereignty
                        date: 2024-02-28
                        speakers:
                          Q: { name: The Paper, role: interviewer }
                          MF: { name: Marina Ferrari, role: interviewee }
                        ---
                        Q: First question?

                        MF: As [Yannick Le Goff said](@/interviews/2022/2022-11-03-yannick-le-goff.md#t2), and again
                        [on the ports](@/interviews/2022/2022-11-03-yannick-le-goff.md#ports).[^n] Back to [my own first answer](@/interviews/2024-02-28-ferrari.md#t2).

                        > [!related]
                        > [Offshore wind and the fishermen](../yannick-le-goff/)

                        Q: And the [topic index](../../topics/)?

                        [^n]: See also [the whole interview][lg].

                        [lg]: @/interviews/2022/2022-11-03-yannick-le-goff.md
                        """);
    }

    @Test
    void internalLinksBecomeRelativeUrlsOfTheOtherInterview() {
        TestSite site = linkedSite(temp);
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/ferrari/index.html");
        assertThat(page.select("a:contains(Yannick Le Goff said)").attr("href")).isEqualTo("../yannick-le-goff/#t2");
        assertThat(page.select("a:contains(on the ports)").attr("href")).isEqualTo("../yannick-le-goff/#ports");
        assertThat(page.select("a:contains(my own first answer)").attr("href")).isEqualTo("#t2");
        assertThat(page.select("a:contains(the whole interview)").eachAttr("href")).containsOnly("../yannick-le-goff/");
        assertThat(page.select(".related a").attr("href")).isEqualTo("../yannick-le-goff/");
        assertThat(page.html()).doesNotContain("@/");
        assertThat(site.page("interviews/yannick-le-goff/index.html").select("a:contains(the first interview)").attr("href"))
                .isEqualTo("../ferrari/");
    }

    @Test
    void anOfflineBuildHasNoLinkThatOpensAFolder() throws Exception {
        TestSite site = linkedSite(temp);
        assertThat(site.build("--offline").exit()).isZero();
        Document page = site.page("interviews/ferrari/index.html");
        assertThat(page.select("a:contains(Yannick Le Goff said)").attr("href")).isEqualTo("../yannick-le-goff/index.html#t2");
        assertThat(page.select(".related a").attr("href")).isEqualTo("../yannick-le-goff/index.html");
        assertThat(page.select("a:contains(topic index)").attr("href")).isEqualTo("../../topics/index.html");
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element link : site.page(site.out().relativize(file).toString()).select("a[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("#") || href.contains("://")) {
                        continue;
                    }
                    Path target = Path.of(file.toUri().resolve(href.replaceFirst("#.*$", "")));
                    assertThat(target).as(href + " in " + file).isRegularFile();
                }
            }
        }
    }

    @Test
    void theInterviewJsonCarriesResolvedLinksToo() throws Exception {
        TestSite site = linkedSite(temp);
        assertThat(site.build().exit()).isZero();
        String json = Files.readString(site.out().resolve("interviews/ferrari/interview.json"));
        assertThat(json).contains("../yannick-le-goff/#t2").doesNotContain("@/interviews");
    }

    @Test
    void aLinkToAMissingFileIsAnErrorAtItsLineAndColumn() {
        TestSite site = linkedSite(temp).interview("broken", "Q: Hi?\n\nA: See [this](@/interviews/2022-11-03-yannick-le-goff.md).\n");
        TestSite.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("interviews/broken.md:10:15: link to '@/interviews/2022-11-03-yannick-le-goff.md':"
                + " there is no interview file content/interviews/2022-11-03-yannick-le-goff.md"
                + " (did you mean 'interviews/2022/2022-11-03-yannick-le-goff.md'?)");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void anUnknownAnchorIsAnError() {
        TestSite site = linkedSite(temp).interview("anchor", "Q: Hi?\n\nA: [x](@/interviews/2024-02-28-ferrari.md#t9)\n");
        TestSite.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("interviews/anchor.md:10:8: link to '@/interviews/2024-02-28-ferrari.md#t9':"
                + " there is no anchor '#t9' in that interview").contains("turns are #t1 to #t3");
    }

    @Test
    void aDraftLinkedFromAPublishedPageIsAnErrorButDraftsMayLinkDrafts() {
        TestSite site = linkedSite(temp)
                .file("interviews/2022/2022-11-03-yannick-le-goff.md", LE_GOFF.replace("date: 2022-11-03", "date: 2022-11-03\ndraft: true"));
        TestSite.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("interviews/2024-02-28-ferrari.md:10:31: link to"
                + " '@/interviews/2022/2022-11-03-yannick-le-goff.md#t2': that interview is a draft");
        assertThat(run.err()).doesNotContain("2022-11-03-yannick-le-goff.md:");  // the draft may link the published one
    }

    @Test
    void checkReportsABrokenInternalLinkAndSuggestsTheInternalFormForPlainOnes() {
        TestSite site = linkedSite(temp);
        site.build();
        TestSite.Run clean = TestSite.run("check", "--content=" + site.content(), "--templates=" + TestSite.THEME);
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).contains("interviews/2024-02-28-ferrari.md:14:37: suggestion: the link '../yannick-le-goff/'"
                + " leads to an interview; write it […](@/interviews/2022/2022-11-03-yannick-le-goff.md)");
        assertThat(clean.out()).doesNotContain("topics/");

        site.interview("broken", "Q: Hi?\n\nA: [x](@/interviews/nowhere.md)\n").build();
        TestSite.Run broken = TestSite.run("check", "--content=" + site.content(), "--templates=" + TestSite.THEME);
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("interviews/broken.md:10:8: link to '@/interviews/nowhere.md': there is no interview file");
    }

    @Test
    void aLinkNoFileCanHaveIsAnErrorNotACrash() {
        TestSite site = linkedSite(temp).interview("odd", "Q: Hi?\n\nA: [x](@/interviews/x%00.md) [y](@/../outside.md)\n");
        TestSite.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("interviews/odd.md:10:8: link to '@/interviews/x%00.md': there is no interview file")
                .contains("odd.md:10:34: link to '@/../outside.md': there is no interview file")
                .doesNotContain("internal error");
    }

    @Test
    void thePreviewRerendersAnInterviewWhoseLinkTargetChangedItsSlug() throws Exception {
        TestSite site = linkedSite(temp);
        site.write();
        LiveSite live = new LiveSite(new BuildOptions(site.content().toAbsolutePath(), TestSite.THEME,
                temp.resolve("unused"), true, false, null));
        assertThat(live.build().succeeded()).isTrue();
        Path target = site.content().resolve("interviews/2022/2022-11-03-yannick-le-goff.md").toAbsolutePath();
        Files.writeString(target, Files.readString(target).replace("date: 2022-11-03", "date: 2022-11-03\nslug: le-goff"));
        assertThat(live.update(java.util.Set.of(target)).succeeded()).isTrue();
        String page = new String(live.pages().file("interviews/ferrari/index.html").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"../le-goff/#t2\"").doesNotContain("../yannick-le-goff/#t2");
    }

    @Test
    void linksLeavingTheSiteOrNamingFilesAreLeftAsTheyAre() {
        TestSite site = TestSite.minimal(temp).interview("ada", """
                Q: Links?

                A: [web](https://example.org/a/), [mail](mailto:a@example.org), [file](../../assets/x.pdf), [up](../../../../).
                """);
        assertThat(site.build("--offline").exit()).isZero();
        List<String> hrefs = site.page("interviews/ada/index.html").select(".turn a[href]").eachAttr("href");
        assertThat(hrefs).contains("https://example.org/a/", "mailto:a@example.org", "../../assets/x.pdf", "../../../../");
    }
}
