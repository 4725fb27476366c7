package org.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The build cache's folder, shared by {@code build} and {@code serve} so that the preview reuses what a build read. */
final class CacheOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".verbatim-cache",
            description = "Keep in DIR the interviews as read and what each page was made from, so the next build"
                    + " parses only the files that changed and keeps the pages that would come out the same (a change"
                    + " to site.yaml, topics.yaml, people.yaml, the theme, the options or the program is seen too)."
                    + " Deleting DIR is always safe. Default: ${DEFAULT-VALUE} in the current folder.")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the cache: read and render everything afresh.")
    boolean noCache;

    /** The cache folder to use, or null for none. */
    Path folder() {
        return noCache ? null : cacheDir;
    }
}
