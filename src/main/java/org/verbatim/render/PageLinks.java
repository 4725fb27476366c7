package org.verbatim.render;

/**
 * Relative links from one page to the others, so the site works under any base path. {@code root} is the
 * way back to the site root from the page ({@code ""} or {@code "../../"}).
 */
public record PageLinks(String root) {

    static PageLinks forPath(String pagePath) {
        long depth = pagePath.chars().filter(c -> c == '/').count();
        return new PageLinks("../".repeat((int) depth));
    }

    public String home() {
        return root.isEmpty() ? "./" : root;
    }

    public String interview(String slug) {
        return root + Routes.interviewDir(slug) + "/";
    }

    public String asset(String path) {
        return root + "assets/" + path;
    }
}
