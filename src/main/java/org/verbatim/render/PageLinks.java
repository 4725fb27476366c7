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
        return root + Routes.interviewDir(slug);
    }

    /** A deep link to one passage: the interview page and the turn's anchor. */
    public String passage(String slug, String turnId) {
        return interview(slug) + "#" + turnId;
    }

    public String topics() {
        return root + "topics/";
    }

    public String topic(String id) {
        return root + Routes.topicDir(id);
    }

    public String people() {
        return root + "people/";
    }

    public String person(String id) {
        return root + Routes.personDir(id);
    }

    public String asset(String path) {
        return root + "assets/" + path;
    }
}
