package org.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The build cache's folder, shared by {@code build} and {@code serve} so that the preview reuses what a build read. */
final class CacheOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep the interviews as read in DIR, so the next build or preview parses only the files that"
                    + " changed (and those whose inputs did: site.yaml, topics.yaml, people.yaml, the theme's partials"
                    + " and messages, the program). Deleting DIR is always safe. Default: no cache.")
    Path cacheDir;
}
