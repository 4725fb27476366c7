package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.index.SiteIndex;

/** Where each page lives in the output folder; the one place that knows the site's URL layout. */
public final class Routes {
    public static final String HOME = "index.html";
    public static final String TOPICS = "topics/index.html";
    public static final String PEOPLE = "people/index.html";
    public static final String SITE_INDEX_JSON = "index.json";
    public static final String SEARCH = "search/index.html";
    public static final String SEARCH_INDEX = "search/search-index.js";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";

    private Routes() {
    }

    public static String interviewDir(String slug) {
        return "interviews/" + slug + "/";
    }

    public static String interview(String slug) {
        return interviewDir(slug) + "index.html";
    }

    public static String interviewJson(String slug) {
        return interviewDir(slug) + "interview.json";
    }

    public static String topicDir(String id) {
        return "topics/" + id + "/";
    }

    public static String topic(String id) {
        return topicDir(id) + "index.html";
    }

    public static String personDir(String id) {
        return "people/" + id + "/";
    }

    public static String person(String id) {
        return personDir(id) + "index.html";
    }

    /** The folders of every HTML page a search engine should know (not search, not 404), sorted. */
    public static List<String> pageFolders(SiteIndex index) {
        List<String> folders = new ArrayList<>(List.of("", "topics/", "people/"));
        index.newestFirst().forEach(interview -> folders.add(interviewDir(interview.slug())));
        index.topics().entries().stream().filter(e -> !e.topic().isPointer())
                .forEach(entry -> folders.add(topicDir(entry.topic().id())));
        index.people().entries().forEach(entry -> folders.add(personDir(entry.id())));
        return folders.stream().sorted().toList();
    }

    /** About how many files a full build writes, for progress reports. */
    public static int expectedFiles(SiteIndex index) {
        return 2 * index.newestFirst().size() + index.topics().entries().size() + index.people().entries().size() + 12;
    }
}
