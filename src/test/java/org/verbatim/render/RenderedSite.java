package org.verbatim.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.verbatim.build.TestSite;
import org.verbatim.index.SiteIndex;

/**
 * Every file of a site rendered in memory with a given {@link TemplateRenderer}, for tests that swap a part of
 * the engine (the {@code ${…}} evaluator, the message source) and look at what the pages came out as.
 */
final class RenderedSite {
    /** How a site is rendered: as a build writes it, as an offline build writes it, as the preview serves it. */
    enum Variant { BUILD, OFFLINE, PREVIEW }

    private RenderedSite() {
    }

    /** Path to text of every file rendered from the content folder {@code content}. */
    static Map<String, String> render(Path content, Variant variant, TemplateRenderer renderer) {
        boolean preview = variant == Variant.PREVIEW;
        SiteIndex index = TestSite.index(content, preview, renderer);
        SiteUrls urls = new SiteUrls(index.site().settings().baseUrl(), variant == Variant.OFFLINE);
        Map<String, String> files = new TreeMap<>();
        new SitePages(renderer, urls, preview).render(index).forEach(page -> files.put(page.path(), page.html()));
        return files;
    }
}
