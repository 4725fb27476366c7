package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;

/** Where each page lives in the output folder; the one place that knows the site's URL layout. */
public final class Routes {
    public static final String HOME = "index.html";
    public static final String TOPICS = "topics/index.html";
    public static final String PEOPLE = "people/index.html";
    public static final String SITE_INDEX_JSON = "index.json";
    public static final String SEARCH = "search/index.html";
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

    /** An interview's timed transcript, for interviews with times. */
    public static String transcriptVtt(String slug) {
        return interviewDir(slug) + "transcript.vtt";
    }

    /** An interview as OHMS XML 6.0, for oral-history viewers and repositories. */
    public static String ohmsXml(String slug) {
        return interviewDir(slug) + "ohms.xml";
    }

    /** An interview as TEI P5 for transcriptions of speech (ISO 24624). */
    public static String teiXml(String slug) {
        return interviewDir(slug) + "tei.xml";
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

    /**
     * The folder of page {@code number} of a paginated list whose first page is {@code folder} ({@code ""} for
     * the home page): the first page at the list's own URL, the others at {@code page/N/}, as Hugo lays them out.
     */
    public static String pageFolder(String folder, int number) {
        return number == 1 ? folder : folder + "page/" + number + "/";
    }

    public static String page(String folder, int number) {
        return pageFolder(folder, number) + "index.html";
    }

    /** The folders of every HTML page a search engine should know (not search, not 404), every page of lists. */
    public static List<String> pageFolders(SiteIndex index) {
        int size = index.site().settings().pageSize();
        List<String> folders = new ArrayList<>(List.of("topics/"));
        addPages(folders, "", Pager.pageCount(index.newestFirst().size(), size));
        addPages(folders, "people/", Pager.pageCount(index.people().entries().size(), size));
        index.newestFirst().forEach(interview -> folders.add(interviewDir(interview.slug())));
        index.topics().entries().stream().filter(e -> !e.topic().isPointer())
                .forEach(entry -> addPages(folders, topicDir(entry.topic().id()), topicPageCount(entry, size)));
        index.people().entries().forEach(entry -> addPages(folders, personDir(entry.id()),
                Pager.pageCount(entry.appearances().size(), size)));
        return folders.stream().sorted().toList();
    }

    /** A topic page lists passages and interviews about the topic as a whole, {@code size} of each to a page. */
    static int topicPageCount(TopicIndex.Entry entry, int size) {
        return Math.max(Pager.pageCount(entry.passageCount(), size), Pager.pageCount(entry.wholeInterviews().size(), size));
    }

    private static void addPages(List<String> folders, String folder, int count) {
        for (int n = 1; n <= count; n++) {
            folders.add(pageFolder(folder, n));
        }
    }

    /** About how many files a full build writes, for progress reports (list pages and search shards guessed). */
    public static int expectedFiles(SiteIndex index) {
        int size = index.site().settings().pageSize();
        int passages = index.newestFirst().stream().mapToInt(interview -> interview.turns().size()).sum();
        return 2 * index.newestFirst().size() + index.topics().entries().size() + index.people().entries().size() + 12
                + Pager.pageCount(index.newestFirst().size(), size) + Pager.pageCount(index.people().entries().size(), size)
                + passages / SearchShards.FRAGMENT_SIZE + passages / 100;  // search fragments, and shards roughly
    }
}
