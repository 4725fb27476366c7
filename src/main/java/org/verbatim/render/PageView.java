package org.verbatim.render;

import java.util.List;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Interview;
import org.verbatim.model.SiteSettings;

/**
 * The template contract of each page kind: one record per template, whose components are the template's
 * variables, by name (docs/theming.md lists them; {@code ThemingDocsTest} keeps the two in step). HTML pages get
 * the components of {@link Frame} as well, the variables every page and {@code layout.html} have.
 */
public sealed interface PageView {
    // Every implementation is a record: TemplateRenderer reads the variables from its components.

    /** The theme template that renders this view: {@code home} for {@code home.html}, {@code feed.xml}… */
    String template();

    /** What every HTML page has besides its own view. */
    record Frame(SiteSettings site, String lang, Dates dates, PageMeta meta, boolean preview, PageLinks links) {
    }

    /** A page of the home page's list of interviews, newest first. */
    record Home(String cards, Pager pager) implements PageView {
        @Override
        public String template() {
            return "home";
        }
    }

    /** An interview's page: the conversation, its topic map and its endnotes already written through the partials. */
    record InterviewPage(Interview interview, InterviewView view, String conversation, String topicMap,
                         String endnotes) implements PageView {
        @Override
        public String template() {
            return "interview";
        }
    }

    /** The A–Z index of topics. */
    record Topics(TopicIndex index) implements PageView {
        @Override
        public String template() {
            return "topics";
        }
    }

    /** A page of one topic's passages, grouped by interview, with the interviews about it as a whole. */
    record Topic(TopicIndex.Entry entry, Pager pager, List<Interview> whole, List<PassageGroup> groups)
            implements PageView {
        @Override
        public String template() {
            return "topic";
        }
    }

    /** One interview's passages under a topic, already written through the {@code passage} partial. */
    record PassageGroup(Interview interview, String passages) {
    }

    /** A page of the list of people. */
    record People(List<PeopleIndex.Entry> people, Pager pager) implements PageView {
        @Override
        public String template() {
            return "people";
        }
    }

    /** A page of one person's interviews. */
    record Person(PeopleIndex.Entry person, Pager pager, String cards) implements PageView {
        @Override
        public String template() {
            return "person";
        }
    }

    /** The search page: the frame only; the page's script fetches the index. */
    record Search() implements PageView {
        @Override
        public String template() {
            return "search";
        }
    }

    /** The page web hosts show for a missing path; its links are rooted, since it is served at any depth. */
    record NotFound() implements PageView {
        @Override
        public String template() {
            return "404";
        }
    }

    /** The Atom feed: the newest interviews. */
    record Feed(SiteSettings site, SiteUrls urls, SiteIndex index, List<Interview> entries) implements PageView {
        @Override
        public String template() {
            return "feed.xml";
        }
    }

    /** A sitemap file: the folders of the pages it lists. */
    record Sitemap(SiteSettings site, SiteUrls urls, SiteIndex index, List<String> pages) implements PageView {
        @Override
        public String template() {
            return "sitemap.xml";
        }
    }
}
