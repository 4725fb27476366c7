package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** A French interview and its English translation: languages, hreflang both ways, French UI and dates. */
class BilingualSiteTest {
    private static final String BASE = "https://bilingual.example.org/archive/";

    @TempDir
    static Path temp;
    static TestSite site;
    static Document french;
    static Document english;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf(Path.of("src/test/resources/bilingual"), temp);
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        french = site.page("interviews/le-vent-tourne/index.html");
        english = site.page("interviews/wind-en/index.html");
    }

    @Test
    void eachPageTakesItsInterviewsLanguage() {
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(site.page("index.html").select("html").attr("lang")).isEqualTo("en");
        assertThat(site.page("index.html").select("article[lang]").eachAttr("lang")).containsExactly("en", "fr");
    }

    @Test
    void translationsLinkToEachOtherWithHreflangEvenWhenDeclaredOnOneSide() {
        assertThat(english.select(".translations a").attr("href")).isEqualTo("../../interviews/le-vent-tourne/");
        assertThat(english.select(".translations a").attr("hreflang")).isEqualTo("fr");
        assertThat(english.select(".translations a").text()).isEqualTo("Français");
        assertThat(french.select(".translations a").attr("href")).isEqualTo("../../interviews/wind-en/");
        assertThat(french.select(".translations a").attr("hreflang")).isEqualTo("en");
        assertThat(french.select(".translations a").text()).isEqualTo("English");
        assertThat(french.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("fr", "en");
        assertThat(english.select("link[rel=alternate][hreflang]").eachAttr("href"))
                .containsExactly(BASE + "interviews/wind-en/", BASE + "interviews/le-vent-tourne/");
    }

    @Test
    void frenchPagesUseFrenchUiStringsAndDates() {
        assertThat(french.select("nav.site-nav a").eachText()).containsExactly("Entretiens", "Sujets", "Personnes", "Recherche");
        assertThat(french.select(".interview-meta time").text()).isEqualTo("5 mars 2024");
        assertThat(french.select(".ed-note").text()).isEqualTo("[selon l'Ademe — NDLR]");
        assertThat(french.select(".ed-note").attr("aria-label")).isEqualTo("Note de la rédaction");
        assertThat(french.select(".interview-meta dt").eachText()).contains("Personne interrogée", "Publié le", "Aussi en");
        assertThat(english.select(".interview-meta time").text()).isEqualTo("March 6, 2024");
        assertThat(english.select(".translated-from").text()).isEqualTo("Translated from French");
    }

    @Test
    void jsonLdTiesTheTranslationToItsOriginal() throws Exception {
        JsonNode en = new ObjectMapper().readTree(english.selectFirst("script[type=application/ld+json]").data());
        JsonNode fr = new ObjectMapper().readTree(french.selectFirst("script[type=application/ld+json]").data());
        assertThat(en.path("translationOfWork").path("url").asText()).isEqualTo(BASE + "interviews/le-vent-tourne/");
        assertThat(fr.path("workTranslation").get(0).path("url").asText()).isEqualTo(BASE + "interviews/wind-en/");
        assertThat(fr.path("inLanguage").asText()).isEqualTo("fr");
    }

    @Test
    void aTranslationNamingNoInterviewIsAnError(@TempDir Path other) {
        TestSite broken = TestSite.copyOf(Path.of("src/test/resources/bilingual"), other)
                .file("interviews/2024-03-06-wind-en.md", """
                        ---
                        title: Wind
                        date: 2024-03-06
                        translations: [le-vent-tourn]
                        speakers: { R: { name: Jeanne Martin, role: interviewee } }
                        ---
                        R: Yes.
                        """);
        TestSite.Run run = broken.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("2024-03-06-wind-en.md:4:16: translation 'le-vent-tourn' is not the slug of any interview (did you mean 'le-vent-tourne'?)");
    }
}
