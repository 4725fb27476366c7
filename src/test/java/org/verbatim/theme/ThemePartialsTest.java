package org.verbatim.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Footnote;
import org.verbatim.model.Interview;

/**
 * A theme's partials are used wherever their element appears. The test theme in
 * {@code src/test/resources/themes/override/partials} replaces every partial with other elements and attributes,
 * each marked {@code data-override}; the pages of two sites built with it must show each override exactly as
 * often as the model has the element, on every kind of page where it occurs, and no built-in markup for it.
 */
class ThemePartialsTest {
    private static final Path OVERRIDES = Path.of("src/test/resources/themes/override/partials");
    private static final List<Path> SITES = List.of(Path.of("src/test/resources/every-element"), Path.of("content"));

    @TempDir
    Path temp;

    @Test
    void everyOverriddenPartialIsUsedOnEveryPageWhereItsElementOccurs() throws IOException {
        Path theme = themeWithOverrides();
        for (Path content : SITES) {
            Path out = temp.resolve("site-" + content.getFileName());
            TestSite.Run run = TestSite.run("build", "--content=" + content, "--templates=" + theme, "--out=" + out);
            assertThat(run.exit()).as(run.err()).isZero();
            SiteIndex index = TestSite.index(content, false);
            for (Interview interview : index.newestFirst()) {
                checkInterviewPage(page(out, "interviews/" + interview.slug() + "/index.html"), interview, index);
            }
            checkLists(out, index);
        }
    }

    private static void checkInterviewPage(Document page, Interview interview, SiteIndex index) {
        String name = interview.slug();
        assertThat(page.select("[data-override=turn]")).as("turns of %s", name).hasSize(interview.turns().size());
        assertThat(page.select("div.turn")).as("built-in turns left in %s", name).isEmpty();
        assertThat(page.select("[data-override=turn]").eachAttr("id"))
                .containsExactlyElementsOf(interview.turns().stream().map(t -> t.id()).toList());
        assertThat(page.select("[data-override=section]")).as("sections of %s", name).hasSize(interview.headings().size());
        assertThat(page.select("h2.section-heading")).isEmpty();
        int notes = interview.footnotes().size();
        int references = interview.footnotes().stream().mapToInt(note -> note.referenceIds().size()).sum();
        assertThat(page.select("[data-override=sidenote]")).as("sidenotes of %s", name).hasSize(notes);
        assertThat(page.select("aside.sidenote")).isEmpty();
        assertThat(page.select("[data-override=endnote]")).as("endnotes of %s", name).hasSize(notes);
        assertThat(page.select("[data-override=backlink]")).hasSize(references);
        assertThat(page.select("[data-override=noteref]")).as("note references of %s", name).hasSize(references);
        assertThat(page.select("a.footnote-ref")).isEmpty();
        for (Footnote note : interview.footnotes()) {
            assertThat(page.select("[data-override=noteref] a[href=#" + note.id() + "]")).hasSize(note.referenceIds().size());
        }
        long inlineNotes = interview.turns().stream().mapToLong(turn -> turn.editorNotes().size()).sum();
        assertThat(page.select("[data-override=turn] [data-override=ed-inline]").size())
                .as("inline editor's notes in the turns of %s", name).isEqualTo((int) inlineNotes);
        assertThat(page.select("span.ed-note")).isEmpty();
        long edBlocks = interview.body().stream().filter(b -> b instanceof org.verbatim.model.EditorBlock).count();
        long related = interview.body().stream().filter(b -> b instanceof org.verbatim.model.RelatedInset).count();
        assertThat(page.select("[data-override=inset][data-kind=ed]")).hasSize((int) edBlocks);
        assertThat(page.select("[data-override=inset][data-kind=related]")).hasSize((int) related);
        assertThat(page.select("aside.ed-block, aside.related")).isEmpty();
        int tagged = (int) index.passagesOf(interview).stream().filter(p -> !p.topicIds().isEmpty()).count();
        assertThat(page.select("[data-override=topic-map]")).hasSize(tagged > 0 ? 1 : 0);
        assertThat(page.select("svg.topic-map-svg")).isEmpty();
        if (tagged > 0) {
            int marks = index.passagesOf(interview).stream().mapToInt(p -> p.topicIds().size()).sum();
            assertThat(page.select("[data-override=mark]")).as("map marks of %s", name).hasSize(marks);
        }
    }

    private static void checkLists(Path out, SiteIndex index) {
        int size = index.site().settings().pageSize();
        List<Interview> newest = index.newestFirst();
        for (int n = 1; (n - 1) * size < newest.size(); n++) {
            Document home = page(out, n == 1 ? "index.html" : "page/" + n + "/index.html");
            List<String> titles = newest.subList((n - 1) * size, Math.min(n * size, newest.size())).stream()
                    .map(Interview::title).toList();
            assertThat(home.select("[data-override=interview-card] > a").eachText()).as("cards of home page %s", n)
                    .containsExactlyElementsOf(titles);
            assertThat(home.select("li.entry")).isEmpty();
        }
        for (PeopleIndex.Entry person : index.people().entries()) {
            Document page = page(out, "people/" + person.id() + "/index.html");
            int shown = Math.min(size, person.appearances().size());
            assertThat(page.select("[data-override=interview-card]")).as("cards of %s", person.id()).hasSize(shown);
            assertThat(page.select("[data-override=interview-card] small").first().text())
                    .as("the role line of %s", person.id()).isNotBlank();
        }
        for (TopicIndex.Entry entry : index.topics().entries()) {
            if (entry.topic().isPointer() || entry.isEmpty()) {
                continue;
            }
            Document page = page(out, "topics/" + entry.topic().id() + "/index.html");
            int onFirstPage = Math.min(size, entry.passageCount());
            assertThat(page.select("[data-override=passage]")).as("passages of topic %s", entry.topic().id())
                    .hasSize(onFirstPage);
            assertThat(page.select("li.passage")).isEmpty();
        }
    }

    @Test
    void aThemeWithoutPartialsGetsTheBuiltInOnes() throws IOException {
        Path theme = TestSite.copyTheme(temp.resolve("no-partials"));
        deleteTree(theme.resolve("partials"));
        Path withDefault = temp.resolve("default");
        Path without = temp.resolve("without");
        Path content = SITES.get(0);
        assertThat(TestSite.run("build", "--content=" + content, "--templates=" + TestSite.THEME, "--out=" + withDefault)
                .exit()).isZero();
        TestSite.Run run = TestSite.run("build", "--content=" + content, "--templates=" + theme, "--out=" + without);
        assertThat(run.exit()).as(run.err()).isZero();
        for (String path : List.of("index.html", "interviews/harbour/index.html", "topics/harbours/index.html",
                "people/anna-o-brien/index.html")) {
            assertThat(Files.readString(without.resolve(path))).as(path).isEqualTo(Files.readString(withDefault.resolve(path)));
        }
    }

    private Path themeWithOverrides() throws IOException {
        Path theme = TestSite.copyTheme(temp.resolve("theme"));
        try (Stream<Path> files = Files.list(OVERRIDES)) {
            for (Path file : files.toList()) {
                Files.copy(file, theme.resolve("partials").resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return theme;
    }

    private static Document page(Path out, String path) {
        try {
            return org.jsoup.Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
