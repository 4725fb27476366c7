package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus: each folder {@code src/test/resources/sites/<case>/} with a {@code content/} folder is built
 * with the default theme ({@code templates/}) and every file of the output is compared with the same path under
 * {@code <case>/expected/}. A file written but not expected, or expected but not written, fails the case by its path.
 *
 * <p>Files are compared as {@link NormalisedOutput} normalises them (HTML and XML pretty-printed by jsoup, JSON by
 * Jackson, the search index's scripts with their JSON pretty-printed), and {@code expected/} holds them in that
 * form, so that a change of output is a reviewable diff of a few lines. The theme's assets, which the build copies
 * from {@code templates/assets/}, are not stored in {@code expected/}: each is compared byte for byte with the
 * theme's file, and the set of them with the theme's set. The search index under {@code search/index/} is data
 * the build computes, not a copied asset, and is compared like the pages.
 *
 * <p>Nothing is masked: the output has no build date or time (the feed's {@code updated} is the newest interview's
 * date) and is byte-identical from run to run ({@code DeterministicOutputTest}), so a golden file that differs is a
 * change of output.
 *
 * <p>A case may have an {@code options.txt}: extra {@code build} arguments, one a line ({@code --offline},
 * {@code --base-url=…}); lines starting with {@code #} are comments.
 *
 * <p>After an intended change of output, rewrite every case's {@code expected/} (stale files deleted, new cases
 * created) with
 * <pre>mvn -o -B test -Dtest=GoldenSitesTest -Dverbatim.updateGolden=true</pre>
 * and review the diff with {@code git diff src/test/resources/sites}. The same switch makes {@link InvalidSitesTest}
 * rewrite the invalid sites' problem lists and {@link GoldenPagesTest} its pages; with
 * {@code -Dtest='GoldenSitesTest,InvalidSitesTest,GoldenPagesTest'} one run rewrites them all. See
 * {@code src/test/resources/sites/README.md}.
 */
class GoldenSitesTest {
    private static final Path THEME_ASSETS = TestSite.THEME.resolve("assets");

    @TempDir
    Path temp;

    static Stream<String> cases() {
        return GoldenCorpus.cases(GoldenCorpus.SITES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBuiltSiteMatchesItsExpectedFiles(String name) throws IOException {
        Path folder = GoldenCorpus.SITES.resolve(name);
        Path expectedFolder = folder.resolve("expected");
        Path out = temp.resolve("site");
        List<String> args = new ArrayList<>(List.of("build", "--content=" + folder.resolve("content"),
                "--templates=" + TestSite.THEME, "--out=" + out));
        args.addAll(GoldenCorpus.options(folder));
        TestSite.Run run = TestSite.run(args.toArray(String[]::new));
        assertThat(run.exit()).as("%s: %s", args, run.err()).isZero();
        assertThat(run.err()).as("what a good build prints on stderr").isEmpty();

        Map<String, byte[]> built = GoldenCorpus.files(out);
        List<String> failures = new ArrayList<>(copiedAssetFailures(built));
        Map<String, byte[]> actual = new TreeMap<>();
        built.forEach((path, bytes) -> {
            if (!path.startsWith("assets/")) {
                actual.put(path, NormalisedOutput.of(path, bytes));
            }
        });
        if (GoldenCorpus.updating()) {
            GoldenCorpus.rewrite(expectedFolder, actual);
        }
        assertThat(expectedFolder).as("%s has no expected/ yet; create it with -D%s=true", folder,
                GoldenCorpus.UPDATE_PROPERTY).isDirectory();
        Map<String, byte[]> expected = GoldenCorpus.files(expectedFolder);

        for (String path : new TreeSet<>(GoldenCorpus.union(expected.keySet(), actual.keySet()))) {
            byte[] want = expected.get(path);
            byte[] got = actual.get(path);
            if (got == null) {
                failures.add(path + ": expected/ has it, the build did not write it");
            } else if (want == null) {
                failures.add(path + ": the build wrote it, expected/ does not have it");
            } else if (!Arrays.equals(want, got)) {
                failures.add(path + ": differs from expected/" + path + "\n"
                        + GoldenCorpus.diff(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8)));
            }
        }
        assertThat(failures).as("case '%s': %d of %d file(s) differ from %s; if the change is intended, rewrite them "
                        + "with -D%s=true and review the diff", name, failures.size(), actual.size(), expectedFolder,
                GoldenCorpus.UPDATE_PROPERTY).isEmpty();
    }

    /**
     * Every kind of page and file the build writes is in at least one case, so that no kind of output goes
     * unreviewed; a case removed or a kind of page added shows here.
     */
    @Test
    void theCorpusCoversEveryKindOfPage() throws IOException {
        List<String> all = new ArrayList<>();
        for (String name : cases().toList()) {
            all.addAll(GoldenCorpus.files(GoldenCorpus.SITES.resolve(name).resolve("expected")).keySet());
        }
        assertThat(all).as("expected files of all cases")
                .anyMatch(p -> p.matches("interviews/[^/]+/index\\.html"))
                .anyMatch(p -> p.matches("interviews/[^/]+/interview\\.json"))
                .contains("index.html", "page/2/index.html", "topics/index.html", "people/index.html",
                        "people/page/2/index.html", "search/index.html", "404.html", "feed.xml", "sitemap.xml",
                        "robots.txt", "index.json", "search/index/manifest.js", "search/index/s0.js",
                        "search/index/f0.js")
                .anyMatch(p -> p.matches("topics/[^/]+/index\\.html"))
                .anyMatch(p -> p.matches("topics/[^/]+/page/2/index\\.html"))
                .anyMatch(p -> p.matches("people/[^/]+/index\\.html"))
                .anyMatch(p -> p.matches("people/[^/]+/page/2/index\\.html"));
    }

    /** The theme's assets, which are copied, not rendered: the same files, byte for byte, as in the theme. */
    private static List<String> copiedAssetFailures(Map<String, byte[]> built) throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, byte[]> theme = GoldenCorpus.files(THEME_ASSETS);
        Map<String, byte[]> copied = new TreeMap<>();
        built.forEach((path, bytes) -> {
            if (path.startsWith("assets/")) {
                copied.put(path.substring("assets/".length()), bytes);
            }
        });
        for (String path : new TreeSet<>(GoldenCorpus.union(theme.keySet(), copied.keySet()))) {
            if (!copied.containsKey(path)) {
                failures.add("assets/" + path + ": in the theme, not copied into the site");
            } else if (!theme.containsKey(path)) {
                failures.add("assets/" + path + ": in the site, not in the theme's assets/");
            } else if (!Arrays.equals(theme.get(path), copied.get(path))) {
                failures.add("assets/" + path + ": differs from the theme's file");
            }
        }
        return failures;
    }
}
