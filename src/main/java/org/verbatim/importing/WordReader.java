package org.verbatim.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.verbatim.model.Timecode;

/**
 * Word ({@code .docx}) transcripts as transcribers type them, read with Apache POI: each turn a paragraph that
 * opens with the speaker's name in bold and a colon ({@code **Ines Carvalho:**}), times as {@code [00:01:23]}
 * stamps (at the start of a turn, or inside it, where a timed paragraph then begins), a paragraph without a name
 * going on with the turn before. Paragraphs before the first name are the document's title when it has none in
 * its properties. A paragraph's number is its line in problems.
 */
public final class WordReader {
    private static final Pattern STAMP = Pattern.compile("\\[(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,3})?)]");
    private static final Pattern ONLY_STAMPS = Pattern.compile("^\\s*(?:\\[[\\d:.]+]\\s*)*$");

    public Transcript read(Path file, byte[] bytes) throws ImportProblem {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String title = document.getProperties().getCoreProperties().getTitle();
            List<Cue> cues = new ArrayList<>();
            List<String> preamble = new ArrayList<>();
            String speaker = null;
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                XWPFParagraph paragraph = paragraphs.get(p);
                String text = paragraph.getText();
                if (text.isBlank()) {
                    continue;
                }
                String[] labelled = label(paragraph);
                if (labelled == null && speaker == null) {
                    preamble.add(text.strip());
                    continue;
                }
                Cue.Opens opens = labelled != null ? Cue.Opens.TURN : Cue.Opens.PARAGRAPH;
                if (labelled != null) {
                    speaker = labelled[0];
                    text = labelled[1];
                }
                Matcher stamp = STAMP.matcher(text);
                Timecode start = null;
                int at = 0;
                while (stamp.find()) {
                    String before = text.substring(at, stamp.start()).strip();
                    if (!before.isEmpty()) {
                        cues.add(new Cue(start, "", speaker, before, opens));
                        opens = Cue.Opens.PARAGRAPH;
                    }
                    try {
                        start = Timecode.parse(stamp.group(1));
                    } catch (IllegalArgumentException e) {
                        throw new ImportProblem(file, p + 1, stamp.start() + 1, "paragraph " + (p + 1) + ": "
                                + e.getMessage());
                    }
                    at = stamp.end();
                }
                String rest = text.substring(at).strip();
                if (!rest.isEmpty() || opens == Cue.Opens.TURN) {
                    cues.add(new Cue(start, "", speaker, rest, opens));
                }
            }
            if (cues.isEmpty()) {
                throw new ImportProblem(file, 1, 1, "no paragraph opens with a speaker's name in bold and a colon"
                        + " ('Ines Carvalho:'); there is no turn to import");
            }
            String heading = title != null && !title.isBlank() ? title.strip()
                    : preamble.isEmpty() ? null : preamble.get(0);
            List<String> checks = new ArrayList<>();
            if (preamble.size() > (title != null && !title.isBlank() ? 0 : 1)) {
                checks.add("text before the first speaker was left out: '" + String.join(" / ", preamble) + "'");
            }
            SourceFacts facts = new SourceFacts(heading, null, List.of(), List.of(), null, null, null, null, null);
            return new Transcript(cues, List.of(), facts, Map.of(), checks);
        } catch (NotOfficeXmlFileException | IOException e) {
            throw new ImportProblem(file, 1, 1, "not a Word .docx file (" + e.getMessage().lines().findFirst()
                    .orElse("unreadable") + "); save it as .docx, or give --format");
        } catch (RuntimeException e) {
            // POI tells a damaged package by several unchecked exceptions; each means the same to whoever imports
            throw new ImportProblem(file, 1, 1, "the Word file is damaged and cannot be read: " + e.getMessage());
        }
    }

    /**
     * {name, the text after the name} when {@code paragraph} opens with a bold name and a colon (stamps before it
     * allowed and kept), else null.
     */
    private static String[] label(XWPFParagraph paragraph) {
        StringBuilder lead = new StringBuilder();
        StringBuilder bold = new StringBuilder();
        int used = 0;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (bold.isEmpty() && !run.isBold() && ONLY_STAMPS.matcher(text).matches()) {
                lead.append(text);
            } else if (run.isBold()) {
                bold.append(text);
            } else {
                break;
            }
            used += text.length();
            if (bold.toString().strip().endsWith(":")) {
                break;
            }
        }
        String full = paragraph.getText();
        String rest = full.substring(Math.min(used, full.length()));
        String name = bold.toString().strip();
        if (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1);
        } else if (!name.isEmpty() && rest.stripLeading().startsWith(":")) {
            rest = rest.stripLeading().substring(1);
        } else {
            return null;
        }
        Matcher stamps = STAMP.matcher(name);
        StringBuilder times = new StringBuilder(lead);
        while (stamps.find()) {
            times.append(stamps.group()).append(' ');
        }
        name = STAMP.matcher(name).replaceAll("").strip();
        return name.isEmpty() ? null : new String[] {name, times + " " + rest};
    }
}
