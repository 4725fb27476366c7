package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers, file names and headings in other scripts than English: the speaker ids authors type, the slugs of
 * interviews and people pages, and heading anchors — transliterated by default, kept with {@code slugs: unicode}.
 */
class NamesInEveryScriptTest {
    @TempDir
    Path temp;

    /** One interview whose speakers and headings are in five scripts; its file name is Chinese. */
    static TestSite fiveScripts(Path root, String slugs) {
        return new TestSite(root)
                .file("site.yaml", "title: Voices\nlanguage: en\n" + slugs)
                .file("interviews/2021-06-01-张伟.md", """
                        ---
                        title: A conversation in five scripts
                        date: 2021-06-01
                        speakers:
                          ÉV: { name: Élise Vidal, role: interviewer }
                          ŁK: { name: Łukasz Kowalczyk, role: interviewee }
                          张: { name: 张伟, role: interviewee }
                          МИ: { name: Михаил Горбачёв, role: other }
                          Z: { name: Zhang Wei, role: other }
                          ΓΠ: { name: Γιώργος Παπαδόπουλος, role: other }
                          ЛХ: { name: ليلى حداد, role: other }
                        ---

                        ## 中文标题

                        ÉV: First question?

                        ŁK: An answer from Warsaw.

                        张: 一个回答。

                        ## العنوان العربي

                        МИ: Ответ.

                        Z: Another Zhang Wei.

                        ΓΠ: Απάντηση.

                        ЛХ: جواب.

                        ## 🎉

                        E\u0301V: A decomposed É in the body is the same speaker as the composed one declared above.
                        """);
    }

    @Test
    void speakerIdsInAnyScriptOpenTurnsThatCarryThoseSpeakers() {
        TestSite site = fiveScripts(temp, "");
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/zhang-wei/index.html");
        List<String> speakers = page.select("[data-speaker]").eachAttr("data-speaker");
        assertThat(speakers).containsExactly("ÉV", "ŁK", "张", "МИ", "Z", "ΓΠ", "ЛХ", "ÉV");
        assertThat(page.select("[data-speaker=ÉV] .speaker-name").eachText()).containsOnly("Élise Vidal");
        assertThat(page.select("[data-speaker=张] .speaker-name").text()).isEqualTo("张伟");
        assertThat(page.text()).doesNotContain("V: A decomposed");
    }

    @Test
    void aSpeakerIdThatIsNotLettersAndDigitsIsStillRefusedWithItsLine() {
        TestSite site = TestSite.minimal(temp).file("interviews/bad.md", """
                ---
                title: Bad
                date: 2024-03-01
                speakers:
                  É-V: { name: Élise Vidal, role: interviewer }
                ---
                É-V: Hello.
                """);
        TestSite.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("bad.md:5:3: speaker id 'É-V' must be letters and digits of any script");
    }

    @Test
    void slugsAreTransliteratedAndCollidingNamesGetDistinctPages() {
        TestSite site = fiveScripts(temp, "");
        assertThat(site.build().exit()).isZero();
        assertThat(site.out().resolve("interviews/zhang-wei/index.html")).exists();
        assertThat(site.page("people/zhang-wei/index.html").selectFirst("h1").text()).isEqualTo("Zhang Wei");
        assertThat(site.page("people/zhang-wei-2/index.html").selectFirst("h1").text()).isEqualTo("张伟");
        assertThat(site.page("people/mikhail-gorbachev/index.html").selectFirst("h1").text()).isEqualTo("Михаил Горбачёв");
        assertThat(site.page("people/lukasz-kowalczyk/index.html").selectFirst("h1").text()).isEqualTo("Łukasz Kowalczyk");
        assertThat(site.page("people/giorgos-papadopoulos/index.html")).isNotNull();
        // Every person page links back to the interview, and the people index links to every page exactly once.
        Document people = site.page("people/index.html");
        List<String> personLinks = people.select("main a[href*=people/]").eachAttr("href");
        assertThat(personLinks).doesNotHaveDuplicates().hasSize(7);
        for (String href : personLinks) {
            Path target = resolve(site.out().resolve("people/index.html"), href);
            assertThat(target).exists();
            Document person = site.page(site.out().relativize(target).toString());
            assertThat(person.select("main a[href*=interviews/zhang-wei]")).isNotEmpty();
        }
    }

    @Test
    void headingsInAnyScriptGetDistinctReadableAnchors() {
        TestSite site = fiveScripts(temp, "");
        assertThat(site.build().exit()).isZero();
        List<String> ids = site.page("interviews/zhang-wei/index.html").select("h2.section-heading").eachAttr("id");
        assertThat(ids).hasSize(3).doesNotHaveDuplicates().doesNotContain("section", "");
        assertThat(ids.get(0)).isEqualTo("zhong-wen-biao-ti");
        assertThat(ids.get(1)).matches("[a-z0-9]+(-[a-z0-9]+)+");
        assertThat(ids.get(2)).matches("section-[0-9a-f]{8}");
    }

    @Test
    void headingsWhoseSlugsCollideGetDistinctAnchorsAndTheTableOfContentsFollows() {
        TestSite site = TestSite.minimal(temp).interview("ada", """
                ## Straße

                Q: One?

                ## Strasse

                A: Two.

                ## 🎉

                Q: Three?

                ## 🎉

                A: Four.
                """);
        assertThat(site.build().exit()).isZero();
        Document page = site.page("interviews/ada/index.html");
        List<String> ids = page.select("h2.section-heading").eachAttr("id");
        assertThat(ids.subList(0, 2)).containsExactly("strasse", "strasse-2");
        assertThat(ids.get(3)).isEqualTo(ids.get(2) + "-2");
        List<String> toc = page.select("a[href^=#]").eachAttr("href");
        assertThat(toc).contains("#strasse", "#strasse-2", "#" + ids.get(2), "#" + ids.get(3));
    }

    @Test
    void unicodeSlugsKeepEveryScriptAndTheirLinksResolveOnDisk() throws Exception {
        TestSite site = fiveScripts(temp, "slugs: unicode\n");
        assertThat(site.build("--offline").exit()).isZero();
        assertThat(site.out().resolve("interviews/张伟/index.html")).exists();
        assertThat(site.out().resolve("people/михаил-горбачёв/index.html")).exists();
        assertThat(site.out().resolve("people/zhang-wei/index.html")).exists();
        assertThat(site.page("interviews/张伟/index.html").select("h2.section-heading").eachAttr("id"))
                .startsWith("中文标题", "العنوان-العربي");
        // Links are percent-encoded and name files that exist, from every page.
        try (Stream<Path> pages = Files.walk(site.out())) {
            for (Path file : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = site.page(site.out().relativize(file).toString());
                for (Element link : page.select("a[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("#") || href.contains("://") || href.startsWith("mailto:")) {
                        continue;
                    }
                    assertThat(href).as(href + " in " + file).matches("[\\x21-\\x7e]+");
                    assertThat(resolve(file, href)).as(href + " in " + file).exists();
                }
            }
        }
    }

    @Test
    void aSlugsSettingThatIsNeitherAsciiNorUnicodeIsAnError() {
        TestSite site = fiveScripts(temp, "slugs: latin\n");
        TestSite.Run run = site.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml:3:8: slugs must be 'ascii'");
    }

    @Test
    void newDerivesReadableSlugsFromNamesInAnyScript() throws Exception {
        Path content = temp.resolve("content");
        assertThat(newInterview(content, "采访", "张伟").exit()).isZero();
        assertThat(newInterview(content, "Wywiad", "Łukasz Kowalczyk").exit()).isZero();
        assertThat(newInterview(content, "Interview", "Jürgen Straße").exit()).isZero();
        TestSite.Run emoji = newInterview(content, "Party", "🎉");
        assertThat(emoji.exit()).isZero();
        assertThat(emoji.err()).contains("--interviewee '🎉' has no letter or digit");
        try (Stream<Path> files = Files.list(content.resolve("interviews"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).hasSize(4)
                    .anyMatch(n -> n.equals("2024-03-01-zhang-wei.md"))
                    .anyMatch(n -> n.equals("2024-03-01-lukasz-kowalczyk.md"))
                    .anyMatch(n -> n.equals("2024-03-01-jurgen-strasse.md"))
                    .anyMatch(n -> n.matches("2024-03-01-interview-[0-9a-f]{8}\\.md"));
        }
        TestSite.Run bad = TestSite.run("new", "T", "--interviewee", "X", "--slug", "Zhang Wei",
                "--date", "2024-03-01", "--content=" + content);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--slug 'Zhang Wei' must be lower-case letters, digits and single hyphens")
                .contains("e.g. 'zhang-wei'");
    }

    @Test
    void newKeepsUnicodeSlugsOnAUnicodeSite() throws Exception {
        Path content = temp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "slugs: unicode\n");
        assertThat(newInterview(content, "采访", "张伟").exit()).isZero();
        assertThat(content.resolve("interviews/2024-03-01-张伟.md")).exists();
    }

    private static TestSite.Run newInterview(Path content, String title, String interviewee) {
        return TestSite.run("new", title, "--interviewee", interviewee, "--date", "2024-03-01", "--content=" + content);
    }

    /** The file a relative link from {@code page} names (a folder's index.html), percent-encoding and fragment undone. */
    static Path resolve(Path page, String href) {
        URI uri = page.toUri().resolve(href.replaceFirst("#.*$", ""));
        Path target = Paths.get(uri);
        return Files.isDirectory(target) ? target.resolve("index.html") : target;
    }
}
