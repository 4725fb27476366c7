package org.verbatim.render.partials;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * One themable element: its template {@code partials/<name>.html}, the variable that holds its view there, and
 * the default theme's markup for it in Java.
 */
public record Partial<V extends Record>(String name, String variable, Class<V> viewType,
                                        BiConsumer<V, StringBuilder> builtIn) {
    public static final Partial<TurnView> TURN = new Partial<>("turn", "turn", TurnView.class, BuiltInPartials::turn);
    public static final Partial<NoteView> NOTE = new Partial<>("note", "note", NoteView.class, BuiltInPartials::note);
    public static final Partial<NoteRefView> NOTE_REF =
            new Partial<>("noteref", "ref", NoteRefView.class, BuiltInPartials::noteReference);
    public static final Partial<EditorNoteView> EDITOR_NOTE =
            new Partial<>("ed-inline", "ed", EditorNoteView.class, BuiltInPartials::editorNote);
    public static final Partial<InsetView> INSET = new Partial<>("inset", "inset", InsetView.class, BuiltInPartials::inset);
    public static final Partial<SectionView> SECTION =
            new Partial<>("section", "section", SectionView.class, BuiltInPartials::section);
    public static final Partial<TopicMapView> TOPIC_MAP =
            new Partial<>("topic-map", "map", TopicMapView.class, BuiltInPartials::topicMap);
    public static final Partial<PassageView> PASSAGE =
            new Partial<>("passage", "passage", PassageView.class, BuiltInPartials::passage);
    public static final Partial<InterviewCardView> INTERVIEW_CARD =
            new Partial<>("interview-card", "card", InterviewCardView.class, BuiltInPartials::interviewCard);

    public static final List<Partial<?>> ALL = List.of(TURN, NOTE, NOTE_REF, EDITOR_NOTE, INSET, SECTION, TOPIC_MAP,
            PASSAGE, INTERVIEW_CARD);

    /** The template's name for the engine, relative to the theme folder, without {@code .html}. */
    public String template() {
        return "partials/" + name;
    }

    /** The default theme's markup for {@code view}, appended to {@code html}. */
    public void writeBuiltIn(Record view, StringBuilder html) {
        builtIn.accept(viewType.cast(view), html);
    }
}
