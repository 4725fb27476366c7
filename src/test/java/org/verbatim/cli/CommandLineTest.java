package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** The command line as a user meets it: help, usage errors and exit codes. */
class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void helpListsTheBuildCommandWithExamples() {
        TestSite.Run run = TestSite.run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: verbatim").contains("build").contains("Examples:");
    }

    @Test
    void buildHelpDescribesEveryOption() {
        TestSite.Run run = TestSite.run("build", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--content=DIR").contains("--templates=DIR").contains("--out=DIR")
                .contains("--drafts").contains("default: content").contains("Examples:");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        TestSite.Run run = TestSite.run("build", "--contnet", "x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").contains("'--contnet'").contains("Usage: verbatim build");
    }

    @Test
    void noCommandIsAUsageError() {
        TestSite.Run run = TestSite.run();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command");
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        TestSite.Run run = TestSite.run("build", "--content=" + temp.resolve("nowhere"), "--out=" + temp.resolve("site"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("content folder not found");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void aSuccessfulBuildSaysWhatItDid() {
        TestSite site = TestSite.minimal(temp).interview("ada", "A: Hello.\n");
        TestSite.Run run = site.build();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("Built 1 interview\\(s\\), 21 file\\(s\\) into .* in \\d+ ms");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBuildWithTheCacheSaysWhatItKeptAndHowLargeTheCacheIs() {
        TestSite site = TestSite.minimal(temp).interview("ada", "A: Hello.\n").interview("bob", "A: Hi.\n");
        String cache = "--cache-dir=" + temp.resolve("cache");
        assertThat(site.build(cache).out()).doesNotContain("kept").containsPattern("Cache .*cache: \\d+ kB");
        TestSite.Run again = site.buildAsWritten(cache);
        assertThat(again.out()).containsPattern("Up to date: 2 interview\\(s\\), \\d+ file\\(s\\) in .*; nothing had"
                + " changed since the last build").containsPattern("Cache .*cache: \\d+ kB");

        TestSite.Run edited = site.interview("ada", "A: Hello again.\n").build(cache);
        assertThat(site.page("interviews/ada/index.html").text()).contains("Hello again");
        assertThat(edited.out()).containsPattern("Built 2 interview\\(s\\), \\d+ file\\(s\\) \\(\\d+ unchanged, kept from"
                + " the previous build\\)");
        assertThat(kept(edited)).isLessThan(files(edited)).isPositive();
    }

    private static int files(TestSite.Run run) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d+) file\\(s\\)").matcher(run.out());
        assertThat(matcher.find()).as(run.out()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static int kept(TestSite.Run run) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d+) unchanged").matcher(run.out());
        assertThat(matcher.find()).as(run.out()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void noCacheBuildsWithoutOne() {
        TestSite site = TestSite.minimal(temp).interview("ada", "A: Hello.\n");
        TestSite.Run run = site.build("--no-cache", "--cache-dir=" + temp.resolve("cache"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("Cache");
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void quietBuildsPrintNothingButProblems() {
        TestSite site = TestSite.minimal(temp).interview("ada", "A: Hello.\n");
        TestSite.Run run = site.build("--quiet");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        TestSite.Run broken = TestSite.minimal(temp).interview("ada", "A: Hello.[^x]\n").build("-q");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("footnote [^x] has no definition");
    }
}
