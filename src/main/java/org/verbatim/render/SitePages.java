package org.verbatim.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Interview;
import org.verbatim.render.json.JsonExport;

/**
 * Renders every output file of a site: the home page, one page and one JSON document per interview, the
 * topic index and topic pages, the people pages, and the site-wide {@code index.json}.
 */
public final class SitePages {
    private final TemplateRenderer templates;
    private final JsonExport json = new JsonExport();
    private final Dates dates = new Dates();

    public SitePages(TemplateRenderer templates) {
        this.templates = templates;
    }

    public List<RenderedPage> render(SiteIndex index) {
        InterviewViews views = new InterviewViews(index);
        List<RenderedPage> pages = new ArrayList<>();
        pages.add(home(index, views));
        pages.addAll(index.newestFirst().parallelStream().flatMap(i -> interview(index, views, i).stream()).toList());
        pages.add(page(index, Routes.TOPICS, "topics", index.site().settings().language(),
                Map.of("index", index.topics())));
        pages.addAll(index.topics().entries().parallelStream()
                .filter(entry -> !entry.topic().isPointer())
                .map(entry -> topic(index, entry)).toList());
        pages.add(page(index, Routes.PEOPLE, "people", index.site().settings().language(),
                Map.of("people", index.people())));
        pages.addAll(index.people().entries().stream().map(entry -> person(index, entry)).toList());
        pages.add(new RenderedPage(Routes.SITE_INDEX_JSON, json.siteIndex(index)));
        return pages;
    }

    private RenderedPage home(SiteIndex index, InterviewViews views) {
        PageLinks links = PageLinks.forPath(Routes.HOME);
        List<InterviewView> entries = index.newestFirst().stream().map(i -> views.of(i, links)).toList();
        return page(index, Routes.HOME, "home", index.site().settings().language(), Map.of("entries", entries));
    }

    private List<RenderedPage> interview(SiteIndex index, InterviewViews views, Interview interview) {
        String path = Routes.interview(interview.slug());
        InterviewView view = views.of(interview, PageLinks.forPath(path));
        return List.of(page(index, path, "interview", interview.language(), Map.of("view", view, "interview", interview)),
                new RenderedPage(Routes.interviewJson(interview.slug()), json.interview(index, interview)));
    }

    private RenderedPage topic(SiteIndex index, TopicIndex.Entry entry) {
        return page(index, Routes.topic(entry.topic().id()), "topic", index.site().settings().language(),
                Map.of("entry", entry));
    }

    private RenderedPage person(SiteIndex index, PeopleIndex.Entry entry) {
        return page(index, Routes.person(entry.id()), "person", index.site().settings().language(),
                Map.of("person", entry));
    }

    /** Renders one template with the variables every page has: site, links, lang, dates. */
    private RenderedPage page(SiteIndex index, String path, String template, String language,
                              Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("site", index.site().settings());
        all.put("links", PageLinks.forPath(path));
        all.put("lang", language);
        all.put("dates", dates);
        return new RenderedPage(path, templates.render(template, Locale.forLanguageTag(language), all));
    }
}
