package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Comparator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Interview;
import org.verbatim.render.json.JsonExport;
import org.verbatim.render.partials.Partial;

/**
 * Renders every output file of a site: home, interviews (page and JSON), topic index and topics, people,
 * search, and the files web hosts and readers' tools expect (feed, sitemap, robots.txt, 404, index.json).
 */
public final class SitePages {
    private static final int FEED_ENTRIES = 50;
    /** The sitemap protocol's limit of URLs in one file; past it, sitemap.xml is an index of several. */
    static final int SITEMAP_URLS = 50_000;

    private final TemplateRenderer templates;
    private final SiteUrls urls;
    private final boolean preview;
    private final JsonExport json = new JsonExport();
    private final Dates dates = new Dates();
    private final StructuredData structuredData;
    private final SearchShards searchIndex = new SearchShards();
    private final Map<String, ConversationHtml.Labels> labels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, TopicMapViews.Labels> mapLabels = new java.util.concurrent.ConcurrentHashMap<>();

    private final int sitemapUrls;

    /** @param preview pages for the newsroom preview: noindex, draft banners, the live-reload script */
    public SitePages(TemplateRenderer templates, SiteUrls urls, boolean preview) {
        this(templates, urls, preview, SITEMAP_URLS);
    }

    /** With another limit of URLs per sitemap file, for tests of archives too small to reach the real one. */
    SitePages(TemplateRenderer templates, SiteUrls urls, boolean preview, int sitemapUrls) {
        this.templates = templates;
        this.urls = urls;
        this.preview = preview;
        this.structuredData = new StructuredData(urls);
        this.sitemapUrls = sitemapUrls;
    }

    /** Every file of the site, collected in a list (for small sites and tests). */
    public List<RenderedPage> render(SiteIndex index) {
        List<RenderedPage> pages = java.util.Collections.synchronizedList(new ArrayList<>());
        render(index, PageSelection.all(), pages::add);
        return new ArrayList<>(pages);
    }

    /**
     * One output file, or a folder of files rendered together (a path ending in {@code /}, such as the search
     * index): where it goes, roughly how much work it is (passages, entries) so the largest can start first, what
     * it is made of beyond the build's own inputs ({@link PageFingerprints}; null when that is not worked out, as
     * in the preview), and how to render it when it is wanted, each file handed to a sink as
     * it is ready.
     */
    public record PlannedFile(String path, int weight, String fingerprint, Consumer<Consumer<RenderedPage>> renderer) {
        PlannedFile(String path, int weight, String fingerprint, Supplier<RenderedPage> render) {
            this(path, weight, fingerprint, sink -> sink.accept(render.get()));
        }

        public boolean isFolder() {
            return path.endsWith("/");
        }

        public void renderTo(Consumer<RenderedPage> sink) {
            renderer.accept(sink);
        }

        /** The file of a plan entry that is not a folder. */
        public RenderedPage render() {
            RenderedPage[] page = new RenderedPage[1];
            renderer.accept(rendered -> page[0] = rendered);
            return page[0];
        }
    }

    /**
     * Renders the files in {@code selection} (the site-wide ones, home, indexes, search and feed, always),
     * handing each to {@code sink} as soon as it is ready, from several threads at once, so that a large
     * site never has to fit in memory as a whole.
     */
    public void render(SiteIndex index, PageSelection selection, Consumer<RenderedPage> sink) {
        render(plan(index, selection), sink);
    }

    /** Renders the planned {@code files} as {@link #render(SiteIndex, PageSelection, Consumer)} does. */
    public static void render(List<PlannedFile> planned, Consumer<RenderedPage> sink) {
        // Largest first, each thread taking the next file as soon as it is free: the long ones (the search index,
        // a 5,000-turn interview) start at once instead of last, and no thread idles while another has a queue.
        List<PlannedFile> files = new ArrayList<>(planned);
        files.sort(Comparator.comparingInt(PlannedFile::weight).reversed());
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                try {
                    files.get(i).renderTo(sink);
                } catch (RuntimeException | Error e) {
                    next.set(files.size());  // the others stop too; the first failure is reported
                    throw e;
                }
            }
        };
        // A pool of its own with as many threads as the common pool and this thread would be: a file that splits
        // its work (the search index, read in parts) then has every one to split it over, the others taking its
        // parts once their own queue is empty.
        int threads = Math.max(1, Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, files.size()));
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<ForkJoinTask<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(worker));
            }
            // Every worker is waited for, a failed one too, so that none is still writing when this returns.
            Throwable failure = null;
            for (ForkJoinTask<?> task : workers) {
                try {
                    task.join();
                } catch (RuntimeException | Error e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The recording's address for the exports, which other programs open: absolute with a base URL, else beside
     * the export (the file is copied next to it), or the remote address as the author gave it; empty when none.
     */
    private String mediaUrl(Interview interview) {
        org.verbatim.model.Media media = interview.media();
        if (media == null) {
            return "";
        }
        if (media.isRemote()) {
            return media.src();
        }
        String beside = UrlPaths.encode(media.fileName());
        return urls.hasBaseUrl() ? urls.absolute(Routes.interviewDir(interview.slug())) + beside : beside;
    }

    /**
     * The files of {@code selection}, each with its path, rendered only when asked: the preview renders the
     * edited interview at once and the other affected files when they are first requested.
     */
    public List<PlannedFile> plan(SiteIndex index, PageSelection selection) {
        return plan(index, selection, null);
    }

    /**
     * The files of {@code selection} as {@link #plan(SiteIndex, PageSelection)} gives them, those made of a few
     * interviews (their pages and data, home, topic and person pages) with their fingerprints when {@code keys}
     * is given.
     */
    public List<PlannedFile> plan(SiteIndex index, PageSelection selection, InterviewKeys keys) {
        PageFingerprints prints = keys == null ? null : new PageFingerprints(index, keys);
        InterviewViews views = new InterviewViews(index, dates);
        PageMetas metas = new PageMetas(index, urls);
        String siteLanguage = index.site().settings().language();
        List<PlannedFile> files = new ArrayList<>();
        int interviews = index.newestFirst().size();
        int passages = index.passages().values().stream().mapToInt(List::size).sum();
        int size = index.site().settings().pageSize();
        int homePages = Pager.pageCount(interviews, size);
        for (int n = 1; n <= homePages; n++) {
            int number = n;
            files.add(new PlannedFile(Routes.page("", n), size, prints == null ? null : prints.home(
                    Pager.slice(index.newestFirst(), n, size), n, homePages, interviews),
                    () -> home(index, views, metas, number, homePages)));
        }
        for (Interview interview : index.newestFirst()) {
            if (selection.includesInterview(interview.slug())) {
                int blocks = interview.body().size();
                files.add(new PlannedFile(Routes.interview(interview.slug()), blocks,
                        prints == null ? null : prints.interviewPage(interview),
                        () -> interview(index, views, metas, interview)));
                files.add(new PlannedFile(Routes.interviewJson(interview.slug()), blocks,
                        prints == null ? null : prints.interviewJson(interview), () -> new RenderedPage(
                        Routes.interviewJson(interview.slug()), json.interview(index, interview))));
                if (TranscriptVtt.applies(interview)) {
                    files.add(new PlannedFile(Routes.transcriptVtt(interview.slug()), blocks,
                            prints == null ? null : prints.transcript(interview), () -> RenderedPage.text(
                            Routes.transcriptVtt(interview.slug()), TranscriptVtt.of(interview))));
                }
                String publisher = index.site().settings().title();
                files.add(new PlannedFile(Routes.ohmsXml(interview.slug()), blocks,
                        prints == null ? null : prints.export(interview, "ohms"), () -> RenderedPage.text(
                        Routes.ohmsXml(interview.slug()), OhmsExport.of(interview, publisher, mediaUrl(interview)))));
                files.add(new PlannedFile(Routes.teiXml(interview.slug()), blocks,
                        prints == null ? null : prints.export(interview, "tei"), () -> RenderedPage.text(
                        Routes.teiXml(interview.slug()), TeiExport.of(interview, publisher, mediaUrl(interview),
                                urls.absolute(Routes.interviewDir(interview.slug()))))));
            }
        }
        files.add(new PlannedFile(Routes.TOPICS, index.topics().entries().size(), whole(prints, Routes.TOPICS),
                () -> page(index, Routes.TOPICS, siteLanguage, metas.topicIndex(structuredData.topicIndex(index)),
                        new PageView.Topics(index.topics()))));
        for (TopicIndex.Entry entry : index.topics().entries()) {
            if (!entry.topic().isPointer() && selection.includesTopic(entry.topic().id())) {
                List<List<TopicIndex.Group>> pages = TopicPages.groupsByPage(entry, size);
                for (int n = 1; n <= pages.size(); n++) {
                    int number = n;
                    files.add(new PlannedFile(Routes.page(Routes.topicDir(entry.topic().id()), n), size,
                            prints == null ? null : prints.topic(entry, n, pages.size()),
                            () -> topic(index, metas, entry, pages, number)));
                }
            }
        }
        List<PeopleIndex.Entry> people = index.people().entries();
        int peoplePages = Pager.pageCount(people.size(), size);
        for (int n = 1; n <= peoplePages; n++) {
            int number = n;
            files.add(new PlannedFile(Routes.page("people/", n), size, whole(prints, Routes.page("people/", n)), () -> {
                String path = Routes.page("people/", number);
                Pager pager = Pager.of(number, peoplePages, people.size(), urls.links(path).pager("people/"));
                return page(index, path, siteLanguage, metas.simple(path),
                        new PageView.People(Pager.slice(people, number, size), pager));
            }));
        }
        for (PeopleIndex.Entry entry : people) {
            if (selection.includesPerson(entry.id())) {
                int pages = Pager.pageCount(entry.appearances().size(), size);
                for (int n = 1; n <= pages; n++) {
                    int number = n;
                    files.add(new PlannedFile(Routes.page(Routes.personDir(entry.id()), n), size,
                            prints == null ? null : prints.person(entry, n, pages),
                            () -> person(index, views, metas, entry, number, pages)));
                }
            }
        }
        files.add(new PlannedFile(Routes.SEARCH, 1, whole(prints, Routes.SEARCH), () -> page(index, Routes.SEARCH, siteLanguage,
                metas.simple(Routes.SEARCH), new PageView.Search())));
        files.add(new PlannedFile(SearchShards.FOLDER, passages, whole(prints, SearchShards.FOLDER),
                sink -> searchIndex.render(index, urls.links(Routes.SEARCH), dates, sink)));
        if (selection.isAll()) {
            files.add(new PlannedFile(Routes.NOT_FOUND, 1, whole(prints, Routes.NOT_FOUND), () -> notFound(index, metas)));
        }
        files.add(new PlannedFile(Routes.SITE_INDEX_JSON, passages + interviews, whole(prints, Routes.SITE_INDEX_JSON),
                () -> RenderedPage.streamed(Routes.SITE_INDEX_JSON, out -> json.siteIndex(index, out))));
        if (urls.hasBaseUrl()) {
            files.add(new PlannedFile(Routes.FEED, FEED_ENTRIES, whole(prints, Routes.FEED), () -> xml(index, Routes.FEED, new PageView.Feed(
                    index.site().settings(), urls, index, index.newestFirst().subList(0, Math.min(FEED_ENTRIES, interviews))))));
            sitemaps(index, files, prints);
        }
        files.add(new PlannedFile(Routes.ROBOTS, 1, whole(prints, Routes.ROBOTS), () -> RenderedPage.text(Routes.ROBOTS, robots())));
        return files;
    }

    /**
     * sitemap.xml with every page; past {@link #sitemapUrls} pages, sitemap-1.xml, sitemap-2.xml… with that many
     * each (the theme's sitemap.xml template), and sitemap.xml the sitemap index that lists them.
     */
    private void sitemaps(SiteIndex index, List<PlannedFile> files, PageFingerprints prints) {
        List<String> pages = Routes.pageFolders(index);
        if (pages.size() <= sitemapUrls) {
            files.add(new PlannedFile(Routes.SITEMAP, pages.size(), whole(prints, Routes.SITEMAP), () -> xml(index, Routes.SITEMAP, sitemap(index, pages))));
            return;
        }
        StringBuilder sitemapIndex = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int part = 1; (part - 1) * sitemapUrls < pages.size(); part++) {
            String path = "sitemap-" + part + ".xml";
            List<String> slice = Pager.slice(pages, part, sitemapUrls);
            files.add(new PlannedFile(path, slice.size(), whole(prints, path), () -> xml(index, path, sitemap(index, slice))));
            sitemapIndex.append("  <sitemap><loc>").append(HtmlText.escape(urls.absolute(path))).append("</loc></sitemap>\n");
        }
        String text = sitemapIndex.append("</sitemapindex>\n").toString();
        files.add(new PlannedFile(Routes.SITEMAP, 1, whole(prints, Routes.SITEMAP), () -> RenderedPage.text(Routes.SITEMAP, text)));
    }

    private static String whole(PageFingerprints prints, String path) {
        return prints == null ? null : prints.whole(path);
    }

    private RenderedPage home(SiteIndex index, InterviewViews views, PageMetas metas, int number, int count) {
        String path = Routes.page("", number);
        PageLinks links = urls.links(path);
        int size = index.site().settings().pageSize();
        String language = index.site().settings().language();
        InterviewCards cards = new InterviewCards(templates.partials(), language, templates.message(language, "ui.topics"));
        Pager.slice(index.newestFirst(), number, size).forEach(interview -> cards.add(views.entry(interview, links), links, ""));
        Pager pager = Pager.of(number, count, index.newestFirst().size(), links.pager(""));
        return page(index, path, language, metas.home(path), new PageView.Home(cards.html(), pager));
    }

    private RenderedPage interview(SiteIndex index, InterviewViews views, PageMetas metas, Interview interview) {
        String path = Routes.interview(interview.slug());
        PageLinks links = urls.links(path);
        InterviewView view = views.of(interview, links);
        PageMeta meta = metas.interview(view, structuredData.interview(index, view));
        Locale locale = Locale.forLanguageTag(interview.language());
        String language = locale.getLanguage();
        ConversationHtml conversation = new ConversationHtml(labels.computeIfAbsent(language, this::labels), links,
                templates.partials(), locale, view.mediaHref());
        String topicMap = view.topicMap().isEmpty() ? "" : templates.partials().render(Partial.TOPIC_MAP,
                TopicMapViews.of(view.topicMap(), mapLabels.computeIfAbsent(language, this::mapLabels)), locale);
        return page(index, path, interview.language(), meta, new PageView.InterviewPage(interview, view,
                conversation.conversation(view), topicMap, conversation.endnotes(interview)));
    }

    private ConversationHtml.Labels labels(String language) {
        return new ConversationHtml.Labels(templates.message(language, "ui.permalink"),
                templates.message(language, "ui.permalinkSign"), templates.message(language, "ui.note"),
                templates.message(language, "ui.passageTopics"), templates.message(language, "ui.editorsNote"),
                templates.message(language, "ui.readAlso"), templates.message(language, "ui.backToText"),
                n -> templates.message(language, "ui.backToTextN", n),
                time -> templates.message(language, "ui.playFrom", time));
    }

    private TopicMapViews.Labels mapLabels(String language) {
        return new TopicMapViews.Labels(templates.message(language, "ui.topicMap"), templates.message(language, "ui.passage"),
                templates.message(language, "ui.mapStart"), templates.message(language, "ui.mapEnd"));
    }

    private RenderedPage topic(SiteIndex index, PageMetas metas, TopicIndex.Entry entry,
                               List<List<TopicIndex.Group>> groupsByPage, int number) {
        String folder = Routes.topicDir(entry.topic().id());
        String path = Routes.page(folder, number);
        PageLinks links = urls.links(path);
        int size = index.site().settings().pageSize();
        Pager pager = Pager.of(number, groupsByPage.size(), entry.passageCount(), links.pager(folder));
        String language = index.site().settings().language();
        List<PageView.PassageGroup> groups = TopicPassagesHtml.of(groupsByPage.get(number - 1), links,
                templates.partials(), Locale.forLanguageTag(language),
                n -> templates.message(language, "ui.passageNumber", String.valueOf(n)));
        return page(index, path, language, metas.described(entry.topic().description(), path),
                new PageView.Topic(entry, pager, Pager.slice(entry.wholeInterviews(), number, size), groups));
    }

    private RenderedPage person(SiteIndex index, InterviewViews views, PageMetas metas, PeopleIndex.Entry entry,
                                int number, int count) {
        String folder = Routes.personDir(entry.id());
        String path = Routes.page(folder, number);
        PageLinks links = urls.links(path);
        String language = index.site().settings().language();
        InterviewCards cards = new InterviewCards(templates.partials(), language, templates.message(language, "ui.topics"));
        for (PeopleIndex.Appearance appearance : Pager.slice(entry.appearances(), number, index.site().settings().pageSize())) {
            cards.add(views.entry(appearance.interview(), links), links, templates.message(language,
                    "ui.role." + appearance.speaker().role().key(), appearance.turnCount()));
        }
        Pager pager = Pager.of(number, count, entry.appearances().size(), links.pager(folder));
        return page(index, path, language, metas.described(entry.description(), path),
                new PageView.Person(entry, pager, cards.html()));
    }

    private RenderedPage notFound(SiteIndex index, PageMetas metas) {
        String language = index.site().settings().language();
        PageView.Frame frame = new PageView.Frame(index.site().settings(), language, dates, metas.notFound(), preview,
                urls.rootedLinks());
        return RenderedPage.text(Routes.NOT_FOUND, templates.render(frame, new PageView.NotFound(),
                Locale.forLanguageTag(language)));
    }

    /** Renders an HTML page with the frame every page has: site, lang, dates, meta, preview, links from this page. */
    private RenderedPage page(SiteIndex index, String path, String language, PageMeta meta, PageView page) {
        PageView.Frame frame = new PageView.Frame(index.site().settings(), language, dates, meta, preview,
                urls.links(path));
        return RenderedPage.text(path, templates.render(frame, page, Locale.forLanguageTag(language)));
    }

    private PageView.Sitemap sitemap(SiteIndex index, List<String> pages) {
        return new PageView.Sitemap(index.site().settings(), urls, index, pages);
    }

    private RenderedPage xml(SiteIndex index, String path, PageView document) {
        // Streamed: the sitemap names every page of the archive.
        return RenderedPage.streamed(path, out -> {
            java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            templates.render(document, Locale.forLanguageTag(index.site().settings().language()), writer);
            writer.flush();
        });
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
