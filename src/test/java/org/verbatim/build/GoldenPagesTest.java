package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed site's pages compared whole with the files in {@code src/test/resources/golden}. After an
 * intended change, regenerate them with {@code mvn test -Dtest=GoldenPagesTest -Dverbatim.updateGolden=true}
 * and review the diff.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = Paths.get("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("verbatim.updateGolden");

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"index.html, home.html", "interviews/marina-ferrari/index.html, marina-ferrari.html"})
    void theSeedPagesMatchTheirGoldenFiles(String page, String golden) throws IOException {
        Path out = temp.resolve("site");
        TestSite.Run run = TestSite.run("build", "--content=content", "--templates=templates", "--out=" + out);
        assertThat(run.exit()).as(run.err()).isZero();
        String actual = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
        Path expected = GOLDEN.resolve(golden);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s differs from %s; see the class comment to update it", page, expected)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
