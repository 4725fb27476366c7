package org.verbatim.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/** Very large files are handled: a 10 MB interview builds; a 10 MB single line is reported or built, not a crash. */
class LargeInputTest {
    @TempDir
    Path temp;

    @Test
    void aTenMegabyteInterviewBuilds() {
        StringBuilder body = new StringBuilder();
        String paragraph = "word ".repeat(200) + "\n\n";
        int turn = 0;
        while (body.length() < 10_000_000) {
            body.append(turn++ % 2 == 0 ? "Q: " : "A: ").append(paragraph);
        }
        TestSite site = TestSite.minimal(temp).interview("big", body.toString());
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(site.out().resolve("interviews/big/index.html")).exists();
    }

    @Test
    void aTenMegabyteLineIsNoCrash() {
        TestSite site = TestSite.minimal(temp).interview("line", "A: " + "x".repeat(10_000_000) + "\n");
        TestSite.Run run = site.build();
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("internal error");
    }
}
