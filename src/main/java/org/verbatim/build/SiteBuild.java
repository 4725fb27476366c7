package org.verbatim.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.SiteIndexer;
import org.verbatim.model.ContentErrors;
import org.verbatim.model.Diagnostic;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.Site;
import org.verbatim.output.SiteOutput;
import org.verbatim.output.StagedOutput;
import org.verbatim.render.PageSelection;
import org.verbatim.render.RenderedPage;
import org.verbatim.render.Routes;
import org.verbatim.render.SitePages;
import org.verbatim.render.SiteUrls;
import org.verbatim.render.TemplateError;
import org.verbatim.render.TemplateRenderer;
import org.verbatim.source.ContentFolder;

/** The whole build, stage by stage: load and assemble content, check it, index it, render pages, write them atomically. */
public final class SiteBuild {
    /** How long a cache entry that no build asks for any more stays before it is swept away. */
    private static final java.time.Duration CACHE_ENTRIES_KEPT = java.time.Duration.ofDays(7);

    private final BuildOptions options;
    /** How long before a build looks at a source it must have last changed for the build to rely on its look. */
    private final long settledMillis;

    public SiteBuild(BuildOptions options) {
        this(options, SourceStamps.SETTLED);
    }

    /** As {@link #SiteBuild(BuildOptions)}, relying on the look of sources that changed {@code settledMillis} before (tests: 0). */
    SiteBuild(BuildOptions options, long settledMillis) {
        this.options = options;
        this.settledMillis = settledMillis;
    }

    /** Builds the site; on content errors throws before anything is written, leaving the old site as it was. */
    public BuildResult run() throws ContentErrors, IOException {
        return run(BuildProgress.SILENT);
    }

    /** Builds the site, reporting progress; pages are written as they are rendered, never all held at once. */
    public BuildResult run(BuildProgress progress) throws ContentErrors, IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();

        progress.update("reading", 0, 0);
        String program = options.cacheDir() == null ? "" : ParseCache.program();
        BuildRecord record = BuildRecord.of(options);
        BuildRecord.Inputs inputs = null;
        if (record != null) {
            // Looked at before anything is read, so that a file changed while the build reads it is not recorded as read.
            inputs = BuildRecord.inputs(options, program, settledMillis);
            java.util.Optional<BuildRecord.Outcome> same = record.unchanged(inputs, options.output());
            if (same.isPresent()) {
                return new BuildResult(same.get().interviews(), same.get().files(), same.get().files(),
                        same.get().cacheBytes(), (System.nanoTime() - start) / 1_000_000, same.get().notes(), true);
            }
        }
        TemplateRenderer theme = new TemplateRenderer(options.templates());
        ParseCache cache = ParseCache.in(options.cacheDir(), options.content(), options.templates(), program,
                settledMillis);
        SiteLoader loader = new SiteLoader(theme, cache);
        SiteLoader.Content content = read(() -> loader.load(new ContentFolder(options.content())));
        Site site = loader.site(content, options.includeDrafts(), options.offline(), diagnostics);
        theme.missingMessages(languages(site)).forEach(diagnostics::add);
        diagnostics.throwIfAny();

        progress.update("indexing", 0, site.interviews().size());
        SiteIndex index = SiteIndexer.index(site, null, SiteLoader.tags(content));

        SiteUrls urls = urls(options, site, options.offline());
        SitePages pages = new SitePages(theme, urls, false);
        PageReuse reuse = PageReuse.open(options, program);
        List<SitePages.PlannedFile> plan = pages.plan(index, PageSelection.all(),
                reuse == null ? null : loader.keys(content));
        int expected = Routes.expectedFiles(index);
        AtomicInteger written = new AtomicInteger();
        try (StagedOutput output = StagedOutput.beside(options.output())) {
            List<SitePages.PlannedFile> changed;
            try {
                // In parallel: keeping a file is a few looks at the file system, which both cores can make at once.
                changed = plan.parallelStream().filter(file -> {
                    int kept = keep(reuse, file, output);
                    if (kept > 0) {
                        progress.update("writing", written.addAndGet(kept), expected);
                    }
                    return kept == 0;
                }).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                render(() -> {
                    SitePages.render(changed, page -> {
                        write(output, page);
                        progress.update("writing", written.incrementAndGet(), expected);
                    });
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            output.copyTree(options.templates().resolve("assets"), "assets");
            copyMedia(output, options.content(), site);
            output.commit();
        }
        List<String> notes = urls.hasBaseUrl() || options.offline() ? List.of()
                : List.of("no baseUrl in site.yaml or --base-url: feed.xml, sitemap.xml and canonical links were left out");
        long cacheBytes = -1;
        if (reuse != null) {
            reuse.save(plan);
            cache.saveStamps();
            cacheBytes = cache.sweep(CACHE_ENTRIES_KEPT);
            cacheBytes += bytesBeside(options.cacheDir(), cache.folder());
            // Last, with the cache as this build leaves it: a build that finds the site up to date changes neither.
            record.save(inputs, options.output(), new BuildRecord.Outcome(site.interviews().size(), written.get(),
                    cacheBytes, notes));
        }
        return new BuildResult(site.interviews().size(), written.get(), reuse == null ? 0 : reuse.kept(), cacheBytes,
                (System.nanoTime() - start) / 1_000_000, notes, false);
    }

    /** How many files {@code reuse} kept of {@code file} in {@code output}: 0 when it is to be rendered. */
    private static int keep(PageReuse reuse, SitePages.PlannedFile file, SiteOutput output) {
        try {
            return reuse == null ? 0 : reuse.keep(file, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places each interview's recording that is a file of the content folder beside the interview's page. */
    static void copyMedia(SiteOutput output, Path content, Site site) throws IOException {
        for (org.verbatim.model.Interview interview : site.interviews()) {
            org.verbatim.model.Media media = interview.media();
            if (media != null && !media.isRemote()) {
                Path file = content.resolve(media.src());
                output.write(Routes.interviewDir(interview.slug()) + media.fileName(), out -> Files.copy(file, out));
            }
        }
    }

    /**
     * The size of the files under {@code folder} but those under {@code measured}, which were counted already: with
     * them, what a user sees the cache take on disk.
     */
    private static long bytesBeside(Path folder, Path measured) {
        long[] bytes = {0};
        try {
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                                                                       java.nio.file.attribute.BasicFileAttributes attributes) {
                    return dir.equals(measured) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    bytes[0] += attributes.isRegularFile() ? attributes.size() : 0;
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return 0;
        }
        return bytes[0];
    }

    /**
     * Writes a rendered file to the build's output, on disk or in memory: the one way pages reach either. A page
     * already in bytes goes as they are; a streamed one (index.json) is written as it is produced.
     */
    static void write(SiteOutput output, RenderedPage page) {
        try {
            if (page.body() == null) {
                output.write(page.path(), page.bytes());
            } else {
                output.write(page.path(), page::writeTo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks everything a build checks, rendering into memory; writes nothing. Empty when all is well. */
    public List<Diagnostic> check() throws IOException {
        return check(new Diagnostics());
    }

    /**
     * Checks everything a build checks, as {@link #check()}, and puts into {@code suggestions} what could be
     * written better though it builds (plain links to interviews that an internal link would check).
     */
    public List<Diagnostic> check(Diagnostics suggestions) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        TemplateRenderer theme = new TemplateRenderer(options.templates());
        SiteLoader loader = new SiteLoader(theme);
        SiteLoader.Content content;
        try {
            content = read(() -> loader.load(new ContentFolder(options.content())));
        } catch (ContentErrors e) {
            return e.diagnostics();
        }
        Site site = loader.site(content, options.includeDrafts(), false, diagnostics, suggestions);
        theme.missingMessages(languages(site)).forEach(diagnostics::add);
        if (!diagnostics.isEmpty()) {
            return diagnostics.list();
        }
        SiteIndex index = SiteIndexer.index(site);
        SitePages pages = new SitePages(theme, urls(options, site, false), false);
        try {
            render(() -> {
                // Rendered to find template errors, then dropped; streamed files are written to nowhere, so they render too.
                pages.render(index, PageSelection.all(), page -> {
                    try {
                        page.writeTo(java.io.OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return null;
            });
            return List.of();
        } catch (ContentErrors e) {
            return e.diagnostics();
        }
    }

    /** The languages the site's pages are in: the site's own and each interview's. */
    static java.util.Set<String> languages(Site site) {
        java.util.Set<String> languages = new java.util.TreeSet<>();
        languages.add(site.settings().language());
        site.interviews().forEach(interview -> languages.add(interview.language()));
        return languages;
    }

    /** The site's URLs: the base URL from the command line when given, otherwise from {@code site.yaml}. */
    static SiteUrls urls(BuildOptions options, Site site, boolean offline) {
        return new SiteUrls(options.baseUrl() != null ? options.baseUrl() : site.settings().baseUrl(), offline);
    }

    /** Runs a render, turning a broken template into a located problem like any content error. */
    static <T> T render(java.util.function.Supplier<T> rendering) throws ContentErrors {
        try {
            return rendering.get();
        } catch (TemplateError e) {
            throw located(e);
        }
    }

    /** What reading content meets, from a file or a folder. */
    interface Reading<T> {
        T read() throws IOException;
    }

    /**
     * Reads content, turning a broken partial met while reading (a footnote reference and an inline note are
     * rendered as the body is parsed) into a located problem like any content error.
     */
    static <T> T read(Reading<T> reading) throws ContentErrors, IOException {
        try {
            return reading.read();
        } catch (TemplateError e) {
            throw located(e);
        }
    }

    private static ContentErrors located(TemplateError e) {
        return new ContentErrors(List.of(new Diagnostic(e.file(), e.line(), e.column(), e.getMessage())));
    }
}
