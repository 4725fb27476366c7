package org.verbatim.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.verbatim.markdown.ext.callout.Callout;
import org.verbatim.markdown.ext.callout.CalloutKind;
import org.verbatim.markdown.ext.editornote.EditorNote;
import org.verbatim.markdown.ext.editornote.EditorNoteExtension;
import org.verbatim.markdown.ext.footnotes.NoteReferenceExtension;
import org.verbatim.markdown.ext.turns.SpeakerLabel;
import org.verbatim.model.Block;
import org.verbatim.model.ContentLink;
import org.verbatim.model.EditorBlock;
import org.verbatim.model.EditorNoteStyle;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.Footnote;
import org.verbatim.model.Interview;
import org.verbatim.model.Prose;
import org.verbatim.model.RelatedInset;
import org.verbatim.model.SectionHeading;
import org.verbatim.model.Segment;
import org.verbatim.model.Slugs;
import org.verbatim.model.Speaker;
import org.verbatim.model.Timecode;
import org.verbatim.model.TopicMark;
import org.verbatim.model.Turn;
import org.verbatim.model.Whitespace;
import org.verbatim.source.FrontMatter;
import org.verbatim.source.InterviewSource;
import org.verbatim.source.Located;

/**
 * Builds an {@link Interview} from its front matter and Markdown body: walks the body's top-level blocks
 * once, grouping them into turns, insets and headings, numbering footnotes and collecting topic marks.
 */
public final class InterviewAssembler {
    private final MarkdownEngine engine;
    private final EditorNoteStyle editorNoteStyle;
    private final TopicMarkReader topicMarks;
    private final Slugs slugs;
    private final InlineMarkup inlineMarkup;

    /** @param inlineMarkup the theme's markup for footnote references and inline editor's notes */
    public InterviewAssembler(MarkdownEngine engine, EditorNoteStyle editorNoteStyle, TopicMarkReader topicMarks,
                              Slugs slugs, InlineMarkup inlineMarkup) {
        this.engine = engine;
        this.inlineMarkup = inlineMarkup;
        this.editorNoteStyle = editorNoteStyle;
        this.topicMarks = topicMarks;
        this.slugs = slugs;
    }

    /** The interview; problems in the body are reported to {@code diagnostics} and do not stop assembly. */
    public Interview assemble(InterviewSource source, FrontMatter meta, FileDiagnostics diagnostics) {
        Document document = engine.parse(source.body());
        SourcePositions positions = new SourcePositions(source.body(), source.bodyLine());
        Problems problems = new Problems(diagnostics, positions);
        FootnoteNumbering numbering = new FootnoteNumbering(document, meta.slug(), problems);
        document.set(NoteReferenceExtension.CITATIONS, numbering.citations());
        document.set(EditorNoteExtension.STYLE, editorNoteStyle);
        document.set(InlineMarkup.KEY, new InlineMarkup.Binding(inlineMarkup, meta.language()));

        Body body = new Body(meta, numbering, problems, topicMarks, slugs);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            body.add(node);
        }
        body.closeAll(null);
        // Render every block the page needs, notes included, in one pass; then build the model from it.
        List<Node> blocks = new ArrayList<>(body.toRender);
        numbering.labels().forEach(label -> blocks.addAll(children(numbering.definition(label))));
        body.html = engine.render(document, blocks);
        body.notes = footnotes(numbering, body.html);
        return new Interview(meta.slug(), source.path(), meta.title(), meta.subtitle(), meta.date(),
                meta.publication(), meta.language(), meta.translationOf(),
                meta.translations().stream().map(Located::value).toList(), meta.credits(),
                meta.summary(), meta.source(), meta.speakers(), meta.topics(), meta.draft(), meta.params(),
                body.planned.stream().map(Supplier::get).toList(),
                List.copyOf(body.notes.values()), siteLinks(document, positions), meta.media());
    }

    /** The links to places inside the site, with where their addresses stand, for checking once all are read. */
    private static List<ContentLink> siteLinks(Document document, SourcePositions positions) {
        Set<ContentLink> links = new LinkedHashSet<>();
        for (Node node : document.getDescendants()) {
            BasedSequence url = null;
            if (node instanceof Link link) {
                url = link.getUrl();
            } else if (node instanceof LinkRef ref) {
                Reference reference = ref.getReferenceNode(document);
                url = reference == null ? null : reference.getUrl();  // located where the address is written
            }
            if (url != null && ContentLink.isSiteLink(url.unescape())) {
                int offset = url.getStartOffset();
                links.add(new ContentLink(url.unescape(), positions.line(offset), positions.column(offset)));
            }
        }
        return List.copyOf(links);
    }

    private static Map<String, Footnote> footnotes(FootnoteNumbering numbering, Map<Node, String> html) {
        Map<String, Footnote> notes = new LinkedHashMap<>();
        for (String label : numbering.labels()) {
            String text = String.join("\n", children(numbering.definition(label)).stream().map(html::get).toList());
            notes.put(label, new Footnote(label, numbering.number(label), numbering.noteId(label), text.strip(),
                    numbering.referenceIds(label)));
        }
        return notes;
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /**
     * The body under construction: blocks are planned during the walk and built once their HTML is rendered
     * ({@link #html}), since all of an interview's blocks are rendered in one pass.
     */
    private static final class Body {
        private final FrontMatter meta;
        private final FootnoteNumbering numbering;
        private final Problems problems;
        private final TopicMarkReader topicMarks;
        private final Slugs slugs;
        private final Set<String> speakerIds;
        private final Set<String> headingIds = new HashSet<>();
        private final List<Supplier<Block>> planned = new ArrayList<>();
        private final List<Node> toRender = new ArrayList<>();
        private Map<Node, String> html;
        private Map<String, Footnote> notes;
        private TurnBuilder turn;
        private List<Node> prose = new ArrayList<>();
        private Speaker resumable;
        private int turnCount;
        /** The times of paragraphs inside turns that open with one. */
        private final Map<Node, Timecode> paragraphTimes = new HashMap<>();
        /** The last time written, and where, which the next may not go before. */
        private Timecode lastTime;
        private int lastTimeOffset;
        /** Where the heading just planned is in {@link #planned} while nothing came after it, or -1. */
        private int lastHeading = -1;

        Body(FrontMatter meta, FootnoteNumbering numbering, Problems problems, TopicMarkReader topicMarks,
             Slugs slugs) {
            this.meta = meta;
            this.numbering = numbering;
            this.problems = problems;
            this.topicMarks = topicMarks;
            this.slugs = slugs;
            this.speakerIds = meta.speakers().stream().map(Speaker::id).collect(Collectors.toSet());
        }

        void add(Node node) {
            if (node instanceof FootnoteBlock) {
                return;
            }
            if (node instanceof Callout callout && callout.kind() == CalloutKind.SYNOPSIS) {
                synopsis(callout);
                lastHeading = -1;
                return;
            }
            lastHeading = -1;
            if (node instanceof Heading heading) {
                closeAll(null);
                SectionHeading section = heading(heading);
                lastHeading = planned.size();
                planned.add(() -> section);
            } else if (node instanceof ThematicBreak) {
                closeAll(null);
            } else if (node instanceof Callout callout) {
                Speaker speaker = turn == null ? resumable : turn.speaker;
                closeAll(speaker);
                Supplier<List<Segment>> segments = segments(children(callout));
                boolean editor = callout.kind() == CalloutKind.EDITOR;
                planned.add(() -> editor ? new EditorBlock(segments.get()) : new RelatedInset(segments.get()));
            } else if (node instanceof Paragraph paragraph && startsTurn(paragraph)) {
                return;
            } else if (turn != null) {
                if (node instanceof Paragraph paragraph) {
                    SpeakerLabel.takeTime(paragraph).flatMap(this::time).ifPresent(time -> paragraphTimes.put(paragraph, time));
                }
                turn.add(node);
            } else if (resumable != null) {
                startTurn(resumable, true).add(node);
            } else {
                if (topicMarks.hasMarks(node)) {
                    problems.at(node, "a {topics: …} mark must end a speaker's turn, not prose outside a turn");
                }
                prose.add(node);
            }
        }

        private boolean startsTurn(Paragraph paragraph) {
            return SpeakerLabel.take(paragraph, speakerIds).map(label -> {
                closeAll(null);
                Timecode start = label.time() == null ? null : time(label).orElse(null);
                startTurn(meta.speakers().stream().filter(s -> s.id().equals(label.id())).findFirst().orElseThrow(),
                        false, start).add(paragraph);
                return true;
            }).orElse(false);
        }

        /** The time a label writes, checked: well formed, and not before the one written before it. */
        private Optional<Timecode> time(SpeakerLabel.Label label) {
            Timecode time;
            try {
                time = Timecode.parse(label.time());
            } catch (IllegalArgumentException e) {
                problems.at(label.timeOffset(), e.getMessage());
                return Optional.empty();
            }
            if (lastTime != null && time.compareTo(lastTime) < 0) {
                problems.at(label.timeOffset(), "time [" + label.time() + "] is earlier than the time before it, ["
                        + lastTime.label() + "] at " + problems.lineOf(lastTimeOffset) + "; times must not go back");
            }
            lastTime = time;
            lastTimeOffset = label.timeOffset();
            return Optional.of(time);
        }

        private TurnBuilder startTurn(Speaker speaker, boolean continued) {
            return startTurn(speaker, continued, null);
        }

        private TurnBuilder startTurn(Speaker speaker, boolean continued, Timecode start) {
            turnCount++;
            resumable = null;
            turn = new TurnBuilder(turnCount, speaker, continued, start);
            return turn;
        }

        void closeAll(Speaker resumeWith) {
            if (turn != null) {
                TurnBuilder done = turn;
                List<Node> nodes = done.nodes;
                List<TopicMark> marks = topicMarks.take(nodes, problems);
                Supplier<List<Segment>> segments = segments(nodes);
                PlainText.Words words = PlainText.words(nodes);
                List<String> editorNotes = inlineEditorNotes(nodes);
                planned.add(() -> new Turn("t" + done.number, done.number, done.speaker, segments.get(), words.text(), words.prose(),
                        editorNotes, marks, done.continued, done.start));
                turn = null;
            }
            if (!prose.isEmpty()) {
                Supplier<List<Segment>> segments = segments(prose);
                planned.add(() -> new Prose(segments.get()));
                prose = new ArrayList<>();
            }
            resumable = resumeWith;
        }

        /** Queues the blocks for rendering; the segments can be built once they are rendered. */
        private Supplier<List<Segment>> segments(List<Node> nodes) {
            List<Node> shown = nodes.stream().filter(node -> !(node instanceof Paragraph) || node.hasChildren()).toList();
            toRender.addAll(shown);
            return () -> shown.stream().map(node -> new Segment(html.get(node), sidenotes(node), paragraphTimes.get(node)))
                    .toList();
        }

        /** The notes first cited inside {@code node}, shown beside it. */
        private List<Footnote> sidenotes(Node node) {
            List<Footnote> found = new ArrayList<>();
            for (Node descendant : node.getDescendants()) {
                if (descendant instanceof com.vladsch.flexmark.ext.footnotes.Footnote reference) {
                    String label = numbering.firstCitedBy(reference);
                    if (label != null) {
                        found.add(notes.get(label));
                    }
                }
            }
            return found;
        }

        private List<String> inlineEditorNotes(List<Node> nodes) {
            List<String> texts = new ArrayList<>();
            for (Node node : nodes) {
                for (Node descendant : node.getDescendants()) {
                    if (descendant instanceof EditorNote note) {
                        texts.add(PlainText.of(List.of(note)));
                    }
                }
            }
            return texts;
        }

        /** A synopsis block: the words of the segment the heading just before it opens. */
        private void synopsis(Callout callout) {
            if (lastHeading < 0) {
                problems.at(callout, "a > [!synopsis] block must come right under a section heading, e.g."
                        + " '## [00:10:00] The wind years'");
                return;
            }
            String words = Whitespace.collapse(String.join(" ", children(callout).stream()
                    .map(child -> PlainText.of(List.of(child))).toList())).strip();
            int marker = words.toLowerCase(java.util.Locale.ROOT).indexOf("keywords:");
            List<String> keywords = new ArrayList<>();
            if (marker >= 0) {
                for (String word : words.substring(marker + "keywords:".length()).split("[;,]")) {
                    if (!word.isBlank()) {
                        keywords.add(word.strip());
                    }
                }
            }
            String text = (marker >= 0 ? words.substring(0, marker) : words).strip();
            SectionHeading heading = ((SectionHeading) planned.get(lastHeading).get()).withSynopsis(text, keywords);
            planned.set(lastHeading, () -> heading);
        }

        private SectionHeading heading(Heading heading) {
            Timecode start = SpeakerLabel.takeTime(heading).flatMap(this::time).orElse(null);
            String text = PlainText.of(List.of(heading));
            String base = HeadingIds.slugOf(text, slugs);
            String id = base;
            for (int n = 2; !headingIds.add(id); n++) {
                id = base + "-" + n;
            }
            return new SectionHeading(id, Math.max(2, heading.getLevel()), text, start, "", List.of());
        }
    }

    private static final class TurnBuilder {
        final int number;
        final Speaker speaker;
        final boolean continued;
        final Timecode start;
        final List<Node> nodes = new ArrayList<>();

        TurnBuilder(int number, Speaker speaker, boolean continued, Timecode start) {
            this.number = number;
            this.speaker = speaker;
            this.continued = continued;
            this.start = start;
        }

        TurnBuilder add(Node node) {
            nodes.add(node);
            return this;
        }
    }
}
