package org.verbatim.render;

/**
 * Relative links from one page to the others, so the site works under any base path. {@code root} is the
 * way back to the site root from the page ({@code ""} or {@code "../../"}); in an offline build every link
 * names its {@code index.html}, because a browser reading from disk does not look for it.
 */
public record PageLinks(String root, boolean offline) {

    static PageLinks forPath(String pagePath, boolean offline) {
        long depth = pagePath.chars().filter(c -> c == '/').count();
        return new PageLinks("../".repeat((int) depth), offline);
    }

    private String folder(String path) {
        String url = UrlPaths.encode(path);
        return offline ? url + "index.html" : url;
    }

    public String home() {
        return offline ? root + "index.html" : root.isEmpty() ? "./" : root;
    }

    public String interview(String slug) {
        return folder(root + Routes.interviewDir(slug));
    }

    /** A deep link to one passage: the interview page and the turn's anchor. */
    public String passage(String slug, String turnId) {
        return interview(slug) + "#" + turnId;
    }

    /** Page {@code number} of a paginated list whose first page is {@code folder} ({@code ""} for the home page). */
    public String page(String folder, int number) {
        return folder.isEmpty() && number == 1 ? home() : folder(root + Routes.pageFolder(folder, number));
    }

    /** Links from this page to every page of the list whose first page is {@code folder}, for a {@link Pager}. */
    java.util.function.IntFunction<String> pager(String folder) {
        return number -> page(folder, number);
    }

    public String topics() {
        return folder(root + "topics/");
    }

    public String topic(String id) {
        return folder(root + Routes.topicDir(id));
    }

    public String people() {
        return folder(root + "people/");
    }

    public String person(String id) {
        return folder(root + Routes.personDir(id));
    }

    public String search() {
        return folder(root + "search/");
    }

    public String feed() {
        return root + Routes.FEED;
    }

    public String asset(String path) {
        return root + "assets/" + path;
    }

    /** A file of the site given by its path from the root, e.g. {@code search/index/manifest.js}. */
    public String file(String path) {
        return root + path;
    }
}
