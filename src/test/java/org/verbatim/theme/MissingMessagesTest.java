package org.verbatim.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/**
 * A UI string missing from a theme's bundles is a problem that build and check report at the bundle, with the
 * key, the language and who uses it, before anything is written: never {@code ??key??} in a page.
 */
class MissingMessagesTest {
    private static final Path BILINGUAL = Path.of("src/test/resources/bilingual");

    @TempDir
    Path temp;

    private Path themeWithout(String key, String... bundles) throws IOException {
        Path theme = TestSite.copyTheme(temp.resolve("theme"));
        for (String bundle : bundles) {
            Path file = theme.resolve("i18n").resolve(bundle);
            List<String> lines = Files.readAllLines(file).stream().filter(line -> !line.startsWith(key + "="))
                    .collect(Collectors.toList());
            Files.write(file, lines);
        }
        return theme;
    }

    @Test
    void aKeyTheJavaWritersNeedMissingFromEveryBundleIsReportedAtTheBundle() throws IOException {
        Path theme = themeWithout("ui.permalinkSign", "messages.properties", "messages_fr.properties");
        Path out = temp.resolve("site");
        assertThat(TestSite.run("build", "--content=" + BILINGUAL, "--templates=" + TestSite.THEME, "--out=" + out)
                .exit()).isZero();
        String before = Files.readString(out.resolve("index.html"));

        TestSite.Run build = TestSite.run("build", "--content=" + BILINGUAL, "--templates=" + theme, "--out=" + out);
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.err()).contains(theme.resolve("i18n/messages.properties") + ":1:1: message 'ui.permalinkSign'"
                + " is missing for language 'en' (used by Verbatim's page writers); add it to messages.properties")
                .contains(theme.resolve("i18n/messages_fr.properties") + ":1:1: message 'ui.permalinkSign' is missing"
                        + " for language 'fr'").doesNotContain("Exception");
        assertThat(Files.readString(out.resolve("index.html"))).as("the previous site").isEqualTo(before);

        TestSite.Run check = TestSite.run("check", "--content=" + BILINGUAL, "--templates=" + theme);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("message 'ui.permalinkSign' is missing for language 'fr'");
    }

    @Test
    void aKeyATemplateNamesIsReportedWithTheTemplate() throws IOException {
        Path theme = themeWithout("ui.contents", "messages.properties", "messages_fr.properties");
        TestSite.Run check = TestSite.run("check", "--content=content", "--templates=" + theme);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("messages.properties:1:1: message 'ui.contents' is missing for"
                + " language 'en' (used by interview.html)");
    }

    @Test
    void aKeyMissingOnlyFromALanguageBundleFallsBackToTheDefaultBundle() throws IOException {
        Path theme = themeWithout("ui.permalinkSign", "messages_fr.properties");
        Path out = temp.resolve("site");
        TestSite.Run build = TestSite.run("build", "--content=" + BILINGUAL, "--templates=" + theme, "--out=" + out);
        assertThat(build.exit()).as(build.err()).isZero();
        try (var pages = Files.walk(out)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(page)).as("%s", page).doesNotContain("??");
            }
        }
    }
}
