package org.verbatim.build;

import java.nio.file.Path;

/** The fixtures of the link and script tests, for the browser tests in other packages. */
public final class InterviewLinksTestSites {
    private InterviewLinksTestSites() {
    }

    public static TestSite linked(Path root) {
        return InterviewLinksTest.linkedSite(root);
    }

    public static TestSite fiveScripts(Path root, String slugs) {
        return NamesInEveryScriptTest.fiveScripts(root, slugs);
    }
}
