package org.verbatim.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.EditorNoteStyle;
import org.verbatim.model.Footnote;
import org.verbatim.model.Interview;
import org.verbatim.model.Role;
import org.verbatim.model.Speaker;
import org.verbatim.model.Topic;
import org.verbatim.model.TopicMark;
import org.verbatim.model.TopicVocabulary;
import org.verbatim.model.Turn;
import org.verbatim.source.FrontMatter;
import org.verbatim.source.InterviewSource;

/** The model an interview body becomes: turns, topic marks, footnotes and plain text. */
class InterviewAssemblerTest {
    private static final List<Speaker> SPEAKERS = List.of(
            new Speaker("Q", "The Paper", Role.INTERVIEWER, null),
            new Speaker("A", "Ada Lovelace", Role.INTERVIEWEE, null));
    private static final TopicVocabulary TOPICS = new TopicVocabulary(Map.of(
            "ai-act", new Topic("ai-act", "AI Act", "", List.of("AI Act"), List.of(), null),
            "microsoft", new Topic("microsoft", "Microsoft", "", List.of(), List.of(), null)));

    /** Inline markup that shows what the assembler asked for, the theme's partials being the build's business. */
    private static final InlineMarkup PLAIN_INLINE_MARKUP = new InlineMarkup() {
        @Override
        public String noteReference(NoteReference reference, String language) {
            return "<a href=\"" + reference.href() + "\" id=\"" + reference.id() + "\">" + reference.number() + "</a>";
        }

        @Override
        public String editorsNote(EditorsNote note, String language) {
            return "<span>" + note.open() + note.content() + note.close() + "</span>";
        }
    };

    private final Diagnostics diagnostics = new Diagnostics();

    private Interview assemble(String body) {
        FrontMatter meta = new FrontMatter("ada", "Title", "", LocalDate.of(2024, 3, 1), "", "en", "", List.of(),
                "", "", "", SPEAKERS, List.of(), false, Map.of(), null, null);
        InterviewAssembler assembler = new InterviewAssembler(new MarkdownEngine(false), EditorNoteStyle.BRACKETS,
                new TopicMarkReader(TOPICS), org.verbatim.model.Slugs.ascii(), PLAIN_INLINE_MARKUP);
        Path file = Path.of("interviews/ada.md");
        return assembler.assemble(new InterviewSource(file, "", 2, body, 8), meta, diagnostics.forFile(file));
    }

    @Test
    void topicMarksAreKeptOnTheirTurnIncludingRemovals() {
        Interview interview = assemble("""
                A: The AI Act and Microsoft.
                {topics: microsoft, -ai-act}

                Q: Next?
                """);
        assertThat(diagnostics.list()).isEmpty();
        Turn first = interview.turns().get(0);
        assertThat(first.topicMarks()).containsExactly(new TopicMark("microsoft", false), new TopicMark("ai-act", true));
        assertThat(first.markedTopics()).containsExactly("microsoft");
        assertThat(interview.turns().get(1).topicMarks()).isEmpty();
    }

    @Test
    void aTurnsPlainTextLeavesOutNoteMarkersAndTopicMarks() {
        Interview interview = assemble("""
                A: Very *small* [ed: 15 million euros].[^s]
                {topics: microsoft}

                Second paragraph.

                [^s]: A note.
                """);
        assertThat(interview.turns().get(0).text()).isEqualTo("Very small 15 million euros.\n\nSecond paragraph.");
    }

    @Test
    void footnotesCarryTheirNumberIdAndEveryReference() {
        Interview interview = assemble("""
                Q: One[^x] two[^x].

                [^x]: The note.
                """);
        assertThat(interview.footnotes()).containsExactly(
                new Footnote("x", 1, "ada-fn-x", "<p>The note.</p>", List.of("ada-fnref-x", "ada-fnref-x-2")));
        assertThat(interview.turns().get(0).segments().get(0).sidenotes()).extracting(Footnote::label).containsExactly("x");
    }

    @Test
    void problemsAreReportedWithFileLinesCountedFromTheTopOfTheFile() {
        assemble("Q: Fine.\n\nA: Broken[^nope].\n{topics: microsoft, sovereignty}\n");
        assertThat(diagnostics.list()).extracting(Object::toString).containsExactly(
                "interviews/ada.md:10:10: footnote [^nope] has no definition; add a line '[^nope]: …'",
                "interviews/ada.md:11:21: unknown topic 'sovereignty'; topics are declared in topics.yaml");
    }

    @Test
    void aTopicMarkOutsideATurnIsAnError() {
        assemble("Intro text.\n{topics: microsoft}\n\nQ: Question?\n");
        assertThat(diagnostics.list()).extracting(Object::toString)
                .containsExactly("interviews/ada.md:8:1: a {topics: …} mark must end a speaker's turn, not prose outside a turn");
    }
}
