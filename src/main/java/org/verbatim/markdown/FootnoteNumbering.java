package org.verbatim.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.markdown.ext.footnotes.NoteCitation;
import org.verbatim.markdown.ext.footnotes.NoteCitations;
import org.verbatim.model.NearestName;

/**
 * Numbers an interview's footnotes in order of first reference and gives every note and reference an
 * id namespaced by the interview's slug and the author's label, in one pass over the document.
 */
final class FootnoteNumbering {
    private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    private final Map<String, List<Footnote>> references = new LinkedHashMap<>();
    private final NoteCitations citations = new NoteCitations();
    private final Map<Footnote, String> firstReferences = new IdentityHashMap<>();

    FootnoteNumbering(Document document, String slug, Problems problems) {
        collect(document, problems);
        int number = 0;
        for (Map.Entry<String, List<Footnote>> cited : references.entrySet()) {
            String label = cited.getKey();
            if (!definitions.containsKey(label)) {
                for (Footnote reference : cited.getValue()) {
                    problems.at(reference, "footnote [^" + label + "] has no definition; add a line '[^" + label
                            + "]: …'" + NearestName.hint(label, definitions.keySet()));
                }
                continue;
            }
            number++;
            String noteId = slug + "-fn-" + idPart(label);
            List<Footnote> list = cited.getValue();
            for (int i = 0; i < list.size(); i++) {
                String referenceId = slug + "-fnref-" + idPart(label) + (i == 0 ? "" : "-" + (i + 1));
                citations.put(list.get(i), new NoteCitation(number, noteId, referenceId));
            }
            firstReferences.put(list.get(0), label);
        }
        definitions.forEach((label, block) -> {
            if (!references.containsKey(label)) {
                problems.at(block, "footnote [^" + label + "] is defined but never referenced");
            }
        });
    }

    private void collect(Node node, Problems problems) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock block) {
                String label = block.getText().toString();
                if (definitions.putIfAbsent(label, block) != null) {
                    problems.at(block, "footnote [^" + label + "] is defined twice");
                }
            } else if (child instanceof Footnote reference) {
                references.computeIfAbsent(reference.getText().toString(), k -> new ArrayList<>()).add(reference);
            }
            collect(child, problems);
        }
    }

    NoteCitations citations() {
        return citations;
    }

    /** The labels, in note-number order. */
    List<String> labels() {
        return references.keySet().stream().filter(definitions::containsKey).toList();
    }

    FootnoteBlock definition(String label) {
        return definitions.get(label);
    }

    List<String> referenceIds(String label) {
        return references.get(label).stream().map(r -> citations.of(r).orElseThrow().referenceId()).toList();
    }

    String noteId(String label) {
        return citations.of(references.get(label).get(0)).orElseThrow().noteId();
    }

    int number(String label) {
        return citations.of(references.get(label).get(0)).orElseThrow().number();
    }

    /** The label of the note first cited by {@code reference}, or null when it is not a first citation. */
    String firstCitedBy(Footnote reference) {
        return firstReferences.get(reference);
    }

    private static String idPart(String label) {
        String part = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return part.isEmpty() ? "note" : part;
    }
}
