package org.verbatim.render;

/** Where each page lives in the output folder. */
public final class Routes {
    public static final String HOME = "index.html";

    private Routes() {
    }

    static String interviewDir(String slug) {
        return "interviews/" + slug;
    }

    public static String interview(String slug) {
        return interviewDir(slug) + "/index.html";
    }
}
