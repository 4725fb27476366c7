package org.verbatim.render;

import java.net.URI;

/**
 * How this build addresses its pages: relative links between pages (with {@code index.html} spelled out in an
 * offline build), and absolute URLs from {@code baseUrl} only where a format requires them (canonical link,
 * Open Graph, feed, sitemap, JSON-LD).
 */
public record SiteUrls(String baseUrl, boolean offline) {
    public SiteUrls {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "" : baseUrl.strip().endsWith("/") ? baseUrl.strip()
                : baseUrl.strip() + "/";
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }

    /** Links for the page at {@code pagePath} (e.g. {@code topics/ai-act/index.html}). */
    public PageLinks links(String pagePath) {
        return PageLinks.forPath(pagePath, offline);
    }

    /**
     * Links from a page that may be served at any depth (the 404 page): rooted at the base URL's path. Read
     * from disk it is only ever opened where it lies, at the root, so plain relative links serve there.
     */
    public PageLinks rootedLinks() {
        if (offline) {
            return new PageLinks("", true);
        }
        if (!hasBaseUrl()) {
            return new PageLinks("/", false);
        }
        String path = URI.create(baseUrl).getPath();
        return new PageLinks(path == null || path.isEmpty() ? "/" : path, false);
    }

    /** The absolute URL of a path from the site root ({@code interviews/x/}), or empty without a base URL. */
    public String absolute(String path) {
        return hasBaseUrl() ? baseUrl + UrlPaths.encode(path) : "";
    }
}
