package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.index.SiteIndex;
import org.verbatim.model.Interview;
import org.verbatim.model.Turn;
import org.verbatim.model.Whitespace;
import org.verbatim.render.json.SearchDocument;

/**
 * The search page's data as a script that assigns {@code window.VERBATIM_SEARCH}: loaded with a plain
 * {@code <script>} element, it works from {@code file://}, where {@code fetch} of a JSON file is refused.
 */
final class SearchIndexScript {
    private final HtmlSafeJson json = new HtmlSafeJson();

    String render(SiteIndex index, PageLinks fromSearchPage, Dates dates) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Interview interview : index.newestFirst()) {
            for (Turn turn : interview.turns()) {
                documents.add(new SearchDocument(interview.slug() + "#" + turn.id(),
                        fromSearchPage.passage(interview.slug(), turn.id()), interview.title(), dates.of(interview),
                        turn.speaker().name(), turn.speaker().role().key(), interview.language(),
                        Whitespace.collapse(turn.text())));
            }
        }
        return "window.VERBATIM_SEARCH = " + json.write(Map.of("schemaVersion", 1, "documents", documents)) + ";\n";
    }
}
