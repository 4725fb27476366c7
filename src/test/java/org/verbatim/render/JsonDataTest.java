package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;
import org.verbatim.render.json.InterviewDocument;
import org.verbatim.render.json.SiteIndexDocument;

/** {@code interview.json} and {@code index.json} read back with Jackson into the published schema types. */
class JsonDataTest {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @TempDir
    static Path temp;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf(Path.of("content"), temp);
        assertThat(site.build().exit()).isZero();
    }

    @Test
    void interviewJsonRoundTripsIntoTheSchemaTypes() throws IOException {
        InterviewDocument document = STRICT.readValue(
                site.out().resolve("interviews/marina-ferrari/interview.json").toFile(), InterviewDocument.class);
        assertThat(document.schemaVersion()).isEqualTo(1);
        assertThat(document.slug()).isEqualTo("marina-ferrari");
        assertThat(document.date()).isEqualTo("2024-02-28");
        assertThat(document.translationOf()).isEqualTo("fr");
        assertThat(document.speakers()).extracting(InterviewDocument.SpeakerData::role).containsExactly("interviewer", "interviewee");
        assertThat(document.turns()).extracting(InterviewDocument.TurnData::id).containsExactly("t1", "t2", "t3", "t4", "t5", "t6");
        InterviewDocument.TurnData t4 = document.turns().get(3);
        assertThat(t4.speaker()).isEqualTo("MF");
        assertThat(t4.text()).startsWith("Microsoft’s stake in Mistral is very small, even anecdotal 15 million euros.");
        assertThat(t4.html()).contains("role=\"doc-noteref\"").contains("class=\"ed-note\"");
        assertThat(t4.editorNotes()).containsExactly("15 million euros", "such as Capgemini or Artifact");
        assertThat(t4.topics()).containsExactly("microsoft", "mistral-ai", "open-source");
        assertThat(document.turns().get(0).markedTopics()).containsExactly("open-source");
        assertThat(document.insets()).containsExactly(new InterviewDocument.InsetData("related", "t2",
                "<p>Artificial intelligence: French champion Mistral reaches the level of OpenAI</p>"));
        assertThat(document.footnotes()).extracting(InterviewDocument.FootnoteData::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(document.footnotes().get(3).references()).containsExactly("marina-ferrari-fnref-stake");
    }

    @Test
    void theSiteIndexJsonRoundTripsAndLinksEveryPassage() throws IOException {
        SiteIndexDocument index = STRICT.readValue(site.out().resolve("index.json").toFile(), SiteIndexDocument.class);
        assertThat(index.schemaVersion()).isEqualTo(1);
        assertThat(index.interviews()).extracting(SiteIndexDocument.InterviewSummary::url)
                .containsExactly("interviews/crito-opening/", "interviews/marina-ferrari/");
        SiteIndexDocument.TopicData sovereignty = index.topics().stream()
                .filter(t -> t.id().equals("sovereignty")).findFirst().orElseThrow();
        assertThat(sovereignty.passages()).extracting(SiteIndexDocument.PassageData::url).containsExactly(
                "interviews/marina-ferrari/#t3", "interviews/marina-ferrari/#t5", "interviews/marina-ferrari/#t6");
        assertThat(sovereignty.passageCount()).isEqualTo(3);
        assertThat(index.people()).extracting(SiteIndexDocument.PersonData::id)
                .containsExactly("crito", "la-tribune", "marina-ferrari", "socrates");
        assertThat(index.people().get(2).appearances().get(0).turns()).isEqualTo(3);
    }
}
