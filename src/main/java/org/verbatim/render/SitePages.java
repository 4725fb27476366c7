package org.verbatim.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Interview;
import org.verbatim.render.json.JsonExport;

/**
 * Renders every output file of a site: home, interviews (page and JSON), topic index and topics, people,
 * search, and the files web hosts and readers' tools expect (feed, sitemap, robots.txt, 404, index.json).
 */
public final class SitePages {
    private static final int FEED_ENTRIES = 50;

    private final TemplateRenderer templates;
    private final SiteUrls urls;
    private final boolean preview;
    private final JsonExport json = new JsonExport();
    private final Dates dates = new Dates();
    private final StructuredData structuredData;
    private final SearchIndexScript searchIndex = new SearchIndexScript();
    private final Map<String, ConversationHtml.Labels> labels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, TopicMapSvg.Labels> mapLabels = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param preview pages for the newsroom preview: noindex, draft banners, the live-reload script */
    public SitePages(TemplateRenderer templates, SiteUrls urls, boolean preview) {
        this.templates = templates;
        this.urls = urls;
        this.preview = preview;
        this.structuredData = new StructuredData(urls);
    }

    /** Every file of the site, collected in a list (for small sites and tests). */
    public List<RenderedPage> render(SiteIndex index) {
        List<RenderedPage> pages = java.util.Collections.synchronizedList(new ArrayList<>());
        render(index, PageSelection.all(), pages::add);
        return new ArrayList<>(pages);
    }

    /** One output file: where it goes, and how to render it when it is wanted. */
    public record PlannedFile(String path, Supplier<RenderedPage> render) {
    }

    /**
     * Renders the files in {@code selection} (the site-wide ones, home, indexes, search and feed, always),
     * handing each to {@code sink} as soon as it is ready, from several threads at once, so that a large
     * site never has to fit in memory as a whole.
     */
    public void render(SiteIndex index, PageSelection selection, Consumer<RenderedPage> sink) {
        // One flat list of independent files, so that all cores stay busy to the end: even a site of one long
        // interview renders its page, its JSON, its topics and its search index side by side.
        plan(index, selection).parallelStream().forEach(file -> sink.accept(file.render().get()));
    }

    /**
     * The files of {@code selection}, each with its path, rendered only when asked: the preview renders the
     * edited interview at once and the other affected files when they are first requested.
     */
    public List<PlannedFile> plan(SiteIndex index, PageSelection selection) {
        InterviewViews views = new InterviewViews(index, dates);
        PageMetas metas = new PageMetas(index, urls);
        String siteLanguage = index.site().settings().language();
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile(Routes.HOME, () -> home(index, views, metas)));
        for (Interview interview : index.newestFirst()) {
            if (selection.includesInterview(interview.slug())) {
                files.add(new PlannedFile(Routes.interview(interview.slug()),
                        () -> interview(index, views, metas, interview)));
                files.add(new PlannedFile(Routes.interviewJson(interview.slug()), () -> new RenderedPage(
                        Routes.interviewJson(interview.slug()), json.interview(index, interview))));
            }
        }
        files.add(new PlannedFile(Routes.TOPICS, () -> page(index, Routes.TOPICS, "topics", siteLanguage,
                metas.topicIndex(structuredData.topicIndex(index)), Map.of("index", index.topics()))));
        for (TopicIndex.Entry entry : index.topics().entries()) {
            if (!entry.topic().isPointer() && selection.includesTopic(entry.topic().id())) {
                files.add(new PlannedFile(Routes.topic(entry.topic().id()), () -> topic(index, metas, entry)));
            }
        }
        files.add(new PlannedFile(Routes.PEOPLE, () -> page(index, Routes.PEOPLE, "people", siteLanguage,
                metas.simple(Routes.PEOPLE), Map.of("people", index.people()))));
        for (PeopleIndex.Entry entry : index.people().entries()) {
            if (selection.includesPerson(entry.id())) {
                files.add(new PlannedFile(Routes.person(entry.id()), () -> person(index, metas, entry)));
            }
        }
        files.add(new PlannedFile(Routes.SEARCH, () -> page(index, Routes.SEARCH, "search", siteLanguage,
                metas.simple(Routes.SEARCH), Map.of())));
        files.add(new PlannedFile(Routes.SEARCH_INDEX, () -> new RenderedPage(Routes.SEARCH_INDEX,
                searchIndex.render(index, urls.links(Routes.SEARCH), dates))));
        if (selection.isAll()) {
            files.add(new PlannedFile(Routes.NOT_FOUND, () -> notFound(index, metas)));
        }
        files.add(new PlannedFile(Routes.SITE_INDEX_JSON,
                () -> new RenderedPage(Routes.SITE_INDEX_JSON, json.siteIndex(index))));
        if (urls.hasBaseUrl()) {
            files.add(new PlannedFile(Routes.FEED, () -> xml(index, Routes.FEED, "feed.xml", Map.of("entries",
                    index.newestFirst().subList(0, Math.min(FEED_ENTRIES, index.newestFirst().size()))))));
            files.add(new PlannedFile(Routes.SITEMAP, () -> xml(index, Routes.SITEMAP, "sitemap.xml",
                    Map.of("pages", Routes.pageFolders(index)))));
        }
        files.add(new PlannedFile(Routes.ROBOTS, () -> RenderedPage.text(Routes.ROBOTS, robots())));
        return files;
    }

    private RenderedPage home(SiteIndex index, InterviewViews views, PageMetas metas) {
        PageLinks links = urls.links(Routes.HOME);
        List<InterviewView> entries = index.newestFirst().stream().map(i -> views.entry(i, links)).toList();
        return page(index, Routes.HOME, "home", index.site().settings().language(), metas.home(),
                Map.of("entries", entries));
    }

    private RenderedPage interview(SiteIndex index, InterviewViews views, PageMetas metas, Interview interview) {
        String path = Routes.interview(interview.slug());
        PageLinks links = urls.links(path);
        InterviewView view = views.of(interview, links);
        PageMeta meta = metas.interview(view, structuredData.interview(index, view));
        String language = Locale.forLanguageTag(interview.language()).getLanguage();
        String conversation = ConversationHtml.of(view, links, labels.computeIfAbsent(language, this::labels));
        String topicMap = TopicMapSvg.of(view.topicMap(), mapLabels.computeIfAbsent(language, this::mapLabels));
        return page(index, path, "interview", interview.language(), meta,
                Map.of("view", view, "interview", interview, "conversation", conversation, "topicMap", topicMap));
    }

    private ConversationHtml.Labels labels(String language) {
        return new ConversationHtml.Labels(templates.message(language, "ui.permalink"),
                templates.message(language, "ui.note"), templates.message(language, "ui.passageTopics"),
                templates.message(language, "ui.editorsNote"), templates.message(language, "ui.readAlso"));
    }

    private TopicMapSvg.Labels mapLabels(String language) {
        return new TopicMapSvg.Labels(templates.message(language, "ui.topicMap"), templates.message(language, "ui.passage"),
                templates.message(language, "ui.mapStart"), templates.message(language, "ui.mapEnd"));
    }

    private RenderedPage topic(SiteIndex index, PageMetas metas, TopicIndex.Entry entry) {
        String path = Routes.topic(entry.topic().id());
        return page(index, path, "topic", index.site().settings().language(),
                metas.described(entry.topic().description(), path),
                Map.of("entry", entry, "groups", TopicPassagesHtml.of(entry, urls.links(path))));
    }

    private RenderedPage person(SiteIndex index, PageMetas metas, PeopleIndex.Entry entry) {
        String path = Routes.person(entry.id());
        return page(index, path, "person", index.site().settings().language(),
                metas.described(entry.description(), path), Map.of("person", entry));
    }

    private RenderedPage notFound(SiteIndex index, PageMetas metas) {
        Map<String, Object> variables = new HashMap<>(common(index, index.site().settings().language(),
                metas.notFound()));
        variables.put("links", urls.rootedLinks());
        return RenderedPage.text(Routes.NOT_FOUND, templates.render("404",
                Locale.forLanguageTag(index.site().settings().language()), variables));
    }

    /** Renders an HTML template with the variables every page has: site, links, lang, dates, meta. */
    private RenderedPage page(SiteIndex index, String path, String template, String language, PageMeta meta,
                              Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putAll(common(index, language, meta));
        all.put("links", urls.links(path));
        return RenderedPage.text(path, templates.render(template, Locale.forLanguageTag(language), all));
    }

    private Map<String, Object> common(SiteIndex index, String language, PageMeta meta) {
        return Map.of("site", index.site().settings(), "lang", language, "dates", dates, "meta", meta,
                "preview", preview);
    }

    private RenderedPage xml(SiteIndex index, String path, String template, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("site", index.site().settings());
        all.put("urls", urls);
        all.put("index", index);
        return RenderedPage.text(path, templates.render(template, Locale.forLanguageTag(index.site().settings().language()), all));
    }

    private String robots() {
        if (preview) {
            return "User-agent: *\nDisallow: /\n";
        }
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (urls.hasBaseUrl()) {
            robots.append("\nSitemap: ").append(urls.absolute(Routes.SITEMAP)).append('\n');
        }
        return robots.toString();
    }
}
