package org.verbatim.importing;

import java.util.List;
import java.util.Map;

/**
 * A source read: its cues, its index points (segments), what it says about the interview, its footnotes by number
 * (a cue's text cites one as {@link #footnoteMark(int)}), and what a reader found worth an editor's look.
 */
public record Transcript(List<Cue> cues, List<IndexPoint> points, SourceFacts facts, Map<Integer, String> footnotes,
                         List<String> checks) {
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';

    public Transcript {
        cues = List.copyOf(cues);
        points = List.copyOf(points);
        footnotes = Map.copyOf(footnotes);
        checks = List.copyOf(checks);
    }

    /** Cues and nothing else, as captions give them. */
    public static Transcript of(List<Cue> cues) {
        return new Transcript(cues, List.of(), SourceFacts.NONE, Map.of(), List.of());
    }

    /**
     * How a cue's text cites footnote {@code number}: characters from Unicode's private use area, which no
     * transcript uses and Markdown escaping leaves alone, so that the writer can put {@code [^n]} there.
     */
    public static String footnoteMark(int number) {
        return MARK_START + Integer.toString(number) + MARK_END;
    }

    static String footnoteMarks(String markdown) {
        return markdown.replaceAll(MARK_START + "(\\d+)" + MARK_END, "[^$1]");
    }
}
