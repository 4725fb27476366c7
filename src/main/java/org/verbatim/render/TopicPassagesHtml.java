package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.verbatim.index.TopicIndex;
import org.verbatim.render.partials.Partial;
import org.verbatim.render.partials.PassageView;
import org.verbatim.render.partials.Partials;

/**
 * The passage lists of a topic page, one per interview, each passage through the theme's {@code passage}
 * partial. Every tagged passage of an archive appears in one of these lists, so they are walked here rather than
 * by the template engine's loop; the rest of the page, and the {@code <ol>} around each list, is {@code topic.html}.
 */
final class TopicPassagesHtml {

    private TopicPassagesHtml() {
    }

    /** @param numberLabel a passage's number written out, e.g. "§12" */
    static List<PageView.PassageGroup> of(List<TopicIndex.Group> shown, PageLinks links, Partials partials, Locale locale,
                              IntFunction<String> numberLabel) {
        List<PageView.PassageGroup> groups = new ArrayList<>(shown.size());
        for (TopicIndex.Group group : shown) {
            StringBuilder html = new StringBuilder(256 + group.passages().size() * 512);
            String slug = group.interview().slug();
            for (TopicIndex.Passage passage : group.passages()) {
                org.verbatim.model.Timecode start = passage.turn().start();
                partials.write(Partial.PASSAGE, new PassageView(passage.turn().speaker().role().key(),
                        links.passage(slug, passage.turn().id()), passage.turn().speaker().name(),
                        passage.turn().number(), numberLabel.apply(passage.turn().number()),
                        passage.excerpt().before(), passage.excerpt().match(), passage.excerpt().after(),
                        start == null ? "" : start.label(), start == null ? "" : start.duration(),
                        start == null || !group.interview().hasMedia() ? ""
                                : links.interview(slug) + "#t=" + start.decimalSeconds()), locale, html);
            }
            groups.add(new PageView.PassageGroup(group.interview(), html.toString()));
        }
        return groups;
    }
}
