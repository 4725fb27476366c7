package org.verbatim.markdown.ext.footnotes;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** The citation of every footnote reference node in one document, keyed by node identity. */
public final class NoteCitations {
    private final Map<Footnote, NoteCitation> byNode = new IdentityHashMap<>();

    public void put(Footnote reference, NoteCitation citation) {
        byNode.put(reference, citation);
    }

    public Optional<NoteCitation> of(Footnote reference) {
        return Optional.ofNullable(byNode.get(reference));
    }
}
