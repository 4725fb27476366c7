package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.index.TopicIndex;

/**
 * How a topic's passages are cut into pages: {@code size} passages to a page in the topic's own order (interviews
 * newest first, passages in reading order), an interview's passages carried over to the next page when they do
 * not fit, under its heading again. Interviews about the topic as a whole are paged alongside, {@code size} to a
 * page; the topic has as many pages as the longer of the two lists needs.
 */
final class TopicPages {
    private TopicPages() {
    }

    static List<List<TopicIndex.Group>> groupsByPage(TopicIndex.Entry entry, int size) {
        List<List<TopicIndex.Group>> pages = new ArrayList<>();
        List<TopicIndex.Group> page = new ArrayList<>();
        int onPage = 0;
        for (TopicIndex.Group group : entry.groups()) {
            List<TopicIndex.Passage> passages = group.passages();
            for (int from = 0; from < passages.size(); ) {
                if (onPage == size) {
                    pages.add(page);
                    page = new ArrayList<>();
                    onPage = 0;
                }
                int to = Math.min(passages.size(), from + size - onPage);
                page.add(new TopicIndex.Group(group.interview(), passages.subList(from, to)));
                onPage += to - from;
                from = to;
            }
        }
        pages.add(page);
        while (pages.size() < Routes.topicPageCount(entry, size)) {
            pages.add(List.of());
        }
        return pages;
    }
}
