package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record of the last build vouches for a site only while every source and every file of the site looks as it
 * did, and a source that had only just changed when it was looked at only while its bytes are the same.
 */
class BuildRecordTest {
    @TempDir
    Path temp;

    private BuildOptions options;
    private BuildRecord record;
    private Path site;
    private final BuildRecord.Outcome outcome = new BuildRecord.Outcome(1, 2, 3_000, List.of("a note"));

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(temp.resolve("content/interviews"));
        Files.writeString(temp.resolve("content/interviews/a.md"), "A: first.\n");
        Files.createDirectories(temp.resolve("theme"));
        Files.writeString(temp.resolve("theme/layout.html"), "<html></html>");
        site = Files.createDirectories(temp.resolve("site/interviews/a"));
        Files.writeString(site.resolve("index.html"), "<p>first</p>");
        site = temp.resolve("site");
        options = new BuildOptions(temp.resolve("content"), temp.resolve("theme"), site, false, false, null,
                temp.resolve("cache"));
        record = BuildRecord.of(options);
    }

    @Test
    void aSiteIsUpToDateWhileNothingOnEitherSideLooksDifferent() throws IOException {
        record.save(BuildRecord.inputs(options, "program", 0), site, outcome);
        assertThat(record.unchanged(BuildRecord.inputs(options, "program", 0), site)).contains(outcome);
        assertThat(record.unchanged(BuildRecord.inputs(options, "another program", 0), site)).isEmpty();
        BuildOptions offline = new BuildOptions(options.content(), options.templates(), site, false, true, null,
                options.cacheDir());
        assertThat(record.unchanged(BuildRecord.inputs(offline, "program", 0), site)).isEmpty();

        Files.writeString(site.resolve("stray.html"), "");
        assertThat(record.unchanged(BuildRecord.inputs(options, "program", 0), site)).as("a file added to the site")
                .isEmpty();
        Files.delete(site.resolve("stray.html"));
        assertThat(record.unchanged(BuildRecord.inputs(options, "program", 0), site)).isPresent();
        Files.createDirectories(temp.resolve("content/interviews/new"));
        assertThat(record.unchanged(BuildRecord.inputs(options, "program", 0), site))
                .as("an empty folder among the sources changes nothing").isPresent();
        Files.writeString(temp.resolve("content/interviews/new/b.md"), "A: second.\n");
        assertThat(record.unchanged(BuildRecord.inputs(options, "program", 0), site)).as("a source added").isEmpty();
    }

    @Test
    void aSourceThatHadJustChangedWhenRecordedIsComparedByItsBytes() throws IOException {
        Path source = temp.resolve("content/interviews/a.md");
        BuildRecord.Inputs racy = BuildRecord.inputs(options, "program", SourceStamps.SETTLED);
        record.save(racy, site, outcome);
        // The same look as when recorded, as a file written again within one tick of the clock would have.
        assertThat(record.unchanged(racy.lookedAtAgainAtOnce(), site)).contains(outcome);
        Files.writeString(source, "A: other.\n");
        assertThat(record.unchanged(racy.lookedAtAgainAtOnce(), site)).as("other bytes under the same look").isEmpty();
        Files.writeString(source, "A: first.\n");
        assertThat(record.unchanged(racy.lookedAtAgainAtOnce(), site)).contains(outcome);
    }

    @Test
    void aSourceComparedByItsBytesIsTrustedByItsLookOnceItHasSettled() throws Exception {
        BuildRecord.Inputs racy = BuildRecord.inputs(options, "program", SourceStamps.SETTLED);
        record.save(racy, site, outcome);
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(temp.resolve("content/interviews/a.md"))));
        assertThat(recordText()).contains(digest);
        // Looked at again when it has settled (here: a margin of 0), it is recorded by its look alone.
        assertThat(record.unchanged(BuildRecord.inputs(options, "program", 0), site)).contains(outcome);
        assertThat(recordText()).doesNotContain(digest).contains("interviews/a.md");
        assertThat(record.unchanged(BuildRecord.inputs(options, "program", 0), site)).contains(outcome);
    }

    private String recordText() throws IOException {
        try (var files = Files.list(temp.resolve("cache/outputs"))) {
            return Files.readString(files.filter(path -> path.toString().endsWith(".record")).findFirst().orElseThrow());
        }
    }

    @Test
    void aDamagedRecordVouchesForNothing() throws IOException {
        BuildRecord.Inputs inputs = BuildRecord.inputs(options, "program", 0);
        record.save(inputs, site, outcome);
        Path file = temp.resolve("cache/outputs");
        Path saved;
        try (var files = Files.list(file)) {
            saved = files.filter(path -> path.toString().endsWith(".record")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(saved);
        bytes[bytes.length / 2] ^= 1;
        Files.write(saved, bytes);
        assertThat(record.unchanged(inputs, site)).isEmpty();
        record.save(null, site, outcome);
        assertThat(saved).as("inputs that could not all be looked at are not recorded").doesNotExist();
    }
}
