package org.verbatim.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.build.TestSite;

/**
 * Size alone changes nothing: a well-formed 10 MB interview, or a 10 MB single line, builds (exit 0) and its
 * page holds all of it, to the last turn; a broken one fails (exit 1) with its problem at the right
 * {@code path:line:col}, as a small file would. Nothing in Verbatim limits file or line length, so anything
 * else (a truncated page, a lost turn, a crash, a position counted wrongly past some buffer) is a bug.
 */
class LargeInputTest {
    /** Lines before the body in the file {@link TestSite#interview} writes (the front matter and its fences). */
    private static final int FRONT_MATTER_LINES = 7;
    private static final String LAST_WORDS = "the last answer, still here";
    private static final String PARAGRAPH = "word ".repeat(200).strip();

    @TempDir
    Path temp;

    /** Alternating turns of 1,000-character paragraphs, about 10 MB in all, then a last turn we can look for. */
    private static String tenMegabytesOfTurns(String lastTurn) {
        StringBuilder body = new StringBuilder();
        int turns = 0;
        while (body.length() < 10_000_000) {
            body.append(turns++ % 2 == 0 ? "Q: " : "A: ").append(PARAGRAPH).append("\n\n");
        }
        return body.append(lastTurn).append('\n').toString();
    }

    @Test
    void aTenMegabyteInterviewBuildsToItsLastTurn() {
        String body = tenMegabytesOfTurns("A: " + LAST_WORDS + ".");
        int turns = (int) body.lines().filter(line -> line.startsWith("Q: ") || line.startsWith("A: ")).count();
        TestSite site = TestSite.minimal(temp).interview("big", body);

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.err()).isZero();
        Elements rendered = site.page("interviews/big/index.html").select(".turn");
        // Every turn is on the page, in order, and the last one whole: a page cut short would still "exist".
        // (Sizes compared as numbers: a failure would otherwise print thousands of turns.)
        assertThat(rendered.size()).isEqualTo(turns);
        Element last = rendered.last();
        assertThat(last.id()).isEqualTo("t" + turns);
        assertThat(last.selectFirst(".speaker-name").text()).isEqualTo("Ada Lovelace");
        assertThat(last.selectFirst(".utterance").text()).isEqualTo(LAST_WORDS + ".");
        assertThat(rendered.get(turns - 2).selectFirst(".utterance").text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void aTenMegabyteLineBuildsWhole() {
        String word = "x".repeat(10_000_000);
        TestSite site = TestSite.minimal(temp).interview("line", "A: " + word + "\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.err()).isZero();
        Document page = site.page("interviews/line/index.html");
        assertThat(page.select(".turn")).hasSize(1);
        // Compared by length first so that a failure does not print 10 MB of x.
        String utterance = page.selectFirst(".turn .utterance").text();
        assertThat(utterance.length()).isEqualTo(word.length());
        assertThat(utterance.equals(word)).as("the line comes out exactly as written").isTrue();
    }

    @Test
    void aProblemInTheLastTurnOfATenMegabyteInterviewIsReportedAtItsLine() {
        String body = tenMegabytesOfTurns("A: " + LAST_WORDS + " [^missing]");
        int line = FRONT_MATTER_LINES + (int) body.lines().count();
        TestSite site = TestSite.minimal(temp).interview("big", body);

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        int column = ("A: " + LAST_WORDS + " ").length() + 1;
        assertThat(run.err().lines().toList()).contains(site.content().resolve("interviews/big.md") + ":" + line + ":"
                + column + ": footnote [^missing] has no definition; add a line '[^missing]: …'");
    }

    @Test
    void aProblemAtTheEndOfATenMegabyteLineIsReportedAtItsColumn() {
        TestSite site = TestSite.minimal(temp).interview("line", "A: " + "x".repeat(10_000_000) + " [^missing]\n");

        TestSite.Run run = site.build();

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        int column = "A: ".length() + 10_000_000 + " ".length() + 1;
        assertThat(run.err().lines().toList()).contains(site.content().resolve("interviews/line.md") + ":"
                + (FRONT_MATTER_LINES + 1) + ":" + column
                + ": footnote [^missing] has no definition; add a line '[^missing]: …'");
    }
}
