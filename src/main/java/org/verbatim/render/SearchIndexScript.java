package org.verbatim.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Cached> fragments = new ConcurrentHashMap<>();

    /**
     * One interview's documents as JSON (UTF-8, without the array's brackets), kept while the interview object
     * is the same (the preview edits one).
     */
    private record Cached(Interview interview, byte[] json) {
    }

    byte[] render(SiteIndex index, PageLinks fromSearchPage, Dates dates) {
        java.io.ByteArrayOutputStream script = new java.io.ByteArrayOutputStream(1 << 16);
        script.writeBytes("window.VERBATIM_SEARCH = {\"documents\":[".getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (Interview interview : index.newestFirst()) {
            byte[] fragment = fragment(interview, fromSearchPage, dates);
            if (fragment.length > 0) {
                if (!first) {
                    script.write(',');
                }
                script.writeBytes(fragment);
                first = false;
            }
        }
        script.writeBytes("],\"schemaVersion\":1};\n".getBytes(StandardCharsets.UTF_8));
        return script.toByteArray();
    }

    private byte[] fragment(Interview interview, PageLinks fromSearchPage, Dates dates) {
        Cached cached = fragments.get(interview.slug());
        if (cached != null && cached.interview() == interview) {
            return cached.json();
        }
        List<SearchDocument> documents = new ArrayList<>();
        String date = dates.of(interview);
        for (Turn turn : interview.turns()) {
            documents.add(new SearchDocument(interview.slug() + "#" + turn.id(),
                    fromSearchPage.passage(interview.slug(), turn.id()), interview.title(), date,
                    turn.speaker().name(), turn.speaker().role().key(), interview.language(),
                    Whitespace.collapse(turn.text())));
        }
        byte[] array = json.bytes(documents);
        byte[] fragment = java.util.Arrays.copyOfRange(array, 1, array.length - 1);
        fragments.put(interview.slug(), new Cached(interview, fragment));
        return fragment;
    }
}
