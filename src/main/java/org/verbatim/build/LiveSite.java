package org.verbatim.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.index.ChangeImpact;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.SiteIndexer;
import org.verbatim.model.ContentErrors;
import org.verbatim.model.Diagnostic;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.Interview;
import org.verbatim.model.Site;
import org.verbatim.output.MemorySite;
import org.verbatim.render.PageSelection;
import org.verbatim.render.Routes;
import org.verbatim.render.SitePages;
import org.verbatim.render.TemplateError;
import org.verbatim.render.TemplateRenderer;
import org.verbatim.source.ContentFolder;

/**
 * A site kept built in memory for the preview server, drafts included. After an edit to interviews it
 * re-reads only those files and renders their pages at once; the other pages the edit affects (the home
 * page, topic and people pages, the site-wide indexes) are rendered when they are next requested, as Hugo's
 * server does for pages no browser shows. Any other change (settings, vocabulary, theme) rebuilds everything.
 * When content has problems the last good pages stay served.
 */
public final class LiveSite {
    private final BuildOptions options;
    private final ContentFolder folder;
    private SiteLoader loader;
    private SiteLoader.Content content;
    private TemplateRenderer templates;
    private SitePages sitePages;
    private SiteIndex lastGood;
    private final Set<Path> pendingInterviews = new HashSet<>();
    private boolean fullRebuildPending = true;
    private volatile MemorySite pages = MemorySite.empty();
    private volatile List<Diagnostic> problems = List.of();

    /**
     * How many files a full render writes at once. A larger site (10,000 interviews make some 60,000 files, most
     * never opened during a preview) gets its home page at once and every other file when it is first requested,
     * so that the preview starts in the time it takes to read the content, not to render all of it. A smaller one
     * (1,000 interviews make some 7,000) is rendered whole: every later edit then re-plans only what it affects
     * rather than every file still waiting, which keeps the reload quicker there (see BENCHMARKS.md).
     */
    public static final int EAGER_FILES = 20_000;

    private final int eagerFiles;

    public LiveSite(BuildOptions options) {
        this(options, EAGER_FILES);
    }

    /** A live site whose full renders write at most {@code eagerFiles} files at once (see {@link #EAGER_FILES}). */
    public LiveSite(BuildOptions options, int eagerFiles) {
        this.options = options;
        this.folder = new ContentFolder(options.content());
        this.eagerFiles = eagerFiles;
    }

    /**
     * The outcome of one rebuild: problems (empty when it succeeded), the files rendered, the files left to render
     * on their first request, time taken.
     */
    public record Update(List<Diagnostic> problems, List<String> rendered, List<String> deferred, long millis) {
        public Update {
            problems = List.copyOf(problems);
            rendered = List.copyOf(rendered);
            deferred = List.copyOf(deferred);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** The last good build. */
    public MemorySite pages() {
        return pages;
    }

    /** The problems of the latest rebuild; empty when it succeeded. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** Builds everything. */
    public Update build() {
        synchronized (this) {
            fullRebuildPending = true;
        }
        return update(Set.of());
    }

    /** Rebuilds after the given files changed (created, modified or deleted). */
    public synchronized Update update(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            Set<Path> interviews = new HashSet<>();
            for (Path path : changed) {
                switch (kindOf(path.toAbsolutePath().normalize())) {
                    case INTERVIEW -> interviews.add(path.toAbsolutePath().normalize());
                    case SITE_WIDE -> fullRebuildPending = true;
                    case IRRELEVANT -> { }
                }
            }
            if (!fullRebuildPending && interviews.isEmpty() && content != null) {
                return new Update(problems, List.of(), List.of(), (System.nanoTime() - start) / 1_000_000);  // nothing to do
            }
            if (fullRebuildPending || content == null) {
                // Read again with the theme: footnote references and inline notes are its partials.
                templates = new TemplateRenderer(options.templates());
                loader = new SiteLoader(templates, ParseCache.in(options.cacheDir(), options.content(),
                        options.templates(), ParseCache.program()));
                SiteLoader fresh = loader;
                content = SiteBuild.read(() -> fresh.load(new ContentFolder(options.content().toAbsolutePath().normalize())));
            } else {
                SiteLoader.Content previous = content;
                content = SiteBuild.read(() -> loader.reload(previous, interviews));
                pendingInterviews.addAll(interviews);
            }
            Diagnostics diagnostics = new Diagnostics();
            Site site = loader.site(content, options.includeDrafts(), false, diagnostics);
            templates.missingMessages(SiteBuild.languages(site)).forEach(diagnostics::add);
            diagnostics.throwIfAny();
            Update update = render(site, start);
            problems = List.of();
            return update;
        } catch (ContentErrors e) {
            problems = e.diagnostics();
            return new Update(problems, List.of(), List.of(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Update render(Site site, long start) throws ContentErrors, IOException {
        SiteIndex index = SiteIndexer.index(site, fullRebuildPending ? null : lastGood, SiteLoader.tags(content));
        if (sitePages == null || fullRebuildPending) {
            sitePages = new SitePages(templates, SiteBuild.urls(options, site, false), true);  // kept: it caches per interview
        }
        MemorySite.Pending pending = MemorySite.pending();
        List<String> rendered = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<String> deferred = new java.util.ArrayList<>();
        if (fullRebuildPending || lastGood == null) {
            renderEverything(index, pending, rendered, deferred);
        } else {
            renderEdit(index, pending, rendered, deferred);
        }
        lastGood = index;
        pendingInterviews.clear();
        fullRebuildPending = false;
        java.util.Collections.sort(deferred);
        return new Update(List.of(), List.copyOf(rendered), deferred, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Every page, straight into a new (compressed) snapshot as it is rendered, never all at once as text; for a
     * site of more than {@link #eagerFiles} files, the home page now and every other file on its first request.
     */
    private void renderEverything(SiteIndex index, MemorySite.Pending pending, List<String> rendered,
                                  List<String> deferred) throws ContentErrors, IOException {
        List<SitePages.PlannedFile> plan = sitePages.plan(index, PageSelection.all());
        if (plan.size() <= eagerFiles) {
            SiteBuild.render(() -> {
                sitePages.render(index, PageSelection.all(), page -> {
                    SiteBuild.write(pending, page);
                    rendered.add(page.path());
                });
                return null;
            });
        } else {
            List<SitePages.PlannedFile> eager = new java.util.ArrayList<>();
            for (SitePages.PlannedFile file : plan) {
                if (file.path().equals(Routes.page("", 1))) {
                    eager.add(file);
                } else {
                    defer(pending, file);
                    deferred.add(file.path());
                }
            }
            SiteBuild.render(() -> {
                eager.forEach(file -> {
                    file.renderTo(page -> SiteBuild.write(pending, page));
                    rendered.add(file.path());
                });
                return null;
            });
        }
        pending.copyTree(options.templates().resolve("assets"), "assets");
        SiteBuild.copyMedia(pending, options.content(), index.site());
        pages = MemorySite.empty().with(pending, Set.of());
    }

    /** {@code file} rendered when it is first requested: a folder (the search index) whole, with every file in it. */
    private static void defer(MemorySite.Pending pending, SitePages.PlannedFile file) {
        if (file.isFolder()) {
            pending.deferFolder(file.path(), () -> {
                Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
                file.renderTo(page -> files.put(page.path(), page.bytes()));
                return files;
            });
        } else {
            pending.defer(file.path(), () -> renderLater(file));
        }
    }

    /** The edited interviews' pages now; every other page the edit affects when it is first requested. */
    private void renderEdit(SiteIndex index, MemorySite.Pending pending, List<String> rendered, List<String> deferred)
            throws ContentErrors {
        Set<String> slugs = new HashSet<>();
        for (SiteIndex known : List.of(lastGood, index)) {
            known.newestFirst().stream().filter(i -> pendingInterviews.contains(i.source().toAbsolutePath().normalize()))
                    .map(Interview::slug).forEach(slugs::add);
        }
        slugs.addAll(linkingTo(index, pendingInterviews));
        ChangeImpact impact = ChangeImpact.of(lastGood, index, slugs);
        Set<String> now = new HashSet<>();
        slugs.forEach(slug -> now.addAll(List.of(Routes.interview(slug), Routes.interviewJson(slug))));
        // Affected now, or left unrequested by an earlier edit: either way rendered from this index when wanted.
        Set<String> later = new HashSet<>(pages.deferredPaths());
        sitePages.plan(index, new PageSelection(false, impact.interviews(), impact.topics(), impact.people()))
                .forEach(file -> later.add(file.path()));
        List<SitePages.PlannedFile> eager = new java.util.ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (SitePages.PlannedFile file : sitePages.plan(index, PageSelection.all())) {
            planned.add(file.path());
            if (now.contains(file.path())) {
                eager.add(file);
            } else if (later.contains(file.path())) {
                defer(pending, file);
                deferred.add(file.path());
            }
        }
        SiteBuild.render(() -> {
            eager.parallelStream().forEach(file -> {
                file.renderTo(page -> SiteBuild.write(pending, page));
                rendered.add(file.path());
            });
            return null;
        });
        pages = pages.with(pending, vanished(planned));
    }

    /** Interviews with an internal link to one of {@code files}: their links follow its slug and anchors. */
    private Set<String> linkingTo(SiteIndex index, Set<Path> files) {
        Path root = options.content().toAbsolutePath().normalize();
        Set<String> linked = new HashSet<>();
        files.forEach(file -> linked.add(root.relativize(file).toString().replace('\\', '/')));
        Set<String> linking = new HashSet<>();
        for (Interview interview : index.newestFirst()) {
            for (org.verbatim.model.ContentLink link : interview.links()) {
                if (link.isInternal() && linked.contains(InterviewLinks.targetFile(link))) {
                    linking.add(interview.slug());
                }
            }
        }
        return linking;
    }

    /** A deferred file's text; a template that fails on it shows where, in place of the page. */
    private static byte[] renderLater(SitePages.PlannedFile file) {
        try {
            return file.render().bytes();
        } catch (TemplateError e) {
            return ("<!DOCTYPE html><title>Template error</title><pre>"
                    + org.unbescape.html.HtmlEscape.escapeHtml4Xml(e.file() + ":" + e.line() + ":" + e.column() + ": "
                    + e.getMessage()) + "</pre>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Files the edit removed from the site: every file but the theme's assets is planned, so a served file the
     * new plan lacks is gone (a deleted interview, a person no longer speaking, the last page of a shorter list).
     */
    private Set<String> vanished(Set<String> planned) {
        Set<String> removed = new HashSet<>(pages.paths());
        removed.removeIf(path -> path.startsWith("assets/") || planned.contains(path));
        return removed;
    }

    /** What a changed path means for the site. */
    private enum Kind { INTERVIEW, SITE_WIDE, IRRELEVANT }

    /**
     * An interview file; a settings file or anything in the theme (everything must be rebuilt); a folder of
     * interviews created or removed (likewise); or something else, such as an editor's scratch file.
     */
    private Kind kindOf(Path path) {
        Path contentRoot = options.content().toAbsolutePath().normalize();
        Path interviews = contentRoot.resolve("interviews");
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (path.startsWith(options.templates().toAbsolutePath().normalize())) {
            return Kind.SITE_WIDE;
        }
        if (path.startsWith(interviews)) {
            if (name.endsWith(".md")) {
                return Kind.INTERVIEW;
            }
            boolean heldInterviews = content != null && content.interviews().keySet().stream()
                    .anyMatch(file -> file.startsWith(path) && !file.equals(path));
            return java.nio.file.Files.isDirectory(path) || heldInterviews ? Kind.SITE_WIDE : Kind.IRRELEVANT;
        }
        return path.getParent() != null && path.getParent().equals(contentRoot) && name.endsWith(".yaml")
                ? Kind.SITE_WIDE : Kind.IRRELEVANT;
    }
}
