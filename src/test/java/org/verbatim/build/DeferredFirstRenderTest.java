package org.verbatim.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview of a large site (more than LiveSite.EAGER_FILES files) renders its home page at once and every other file when first requested: that
 * path serves, file for file, the same bytes as rendering everything at once, before and after an edit.
 */
class DeferredFirstRenderTest {
    @TempDir
    Path temp;

    private static LiveSite live(Path content, int eagerFiles) {
        return new LiveSite(new BuildOptions(content.toAbsolutePath(), TestSite.THEME, Path.of("unused"), true, false,
                null), eagerFiles);
    }

    private static void sameFiles(LiveSite deferred, LiveSite eager) {
        Set<String> paths = new TreeSet<>(eager.pages().paths());
        paths.removeIf(path -> path.endsWith("/"));  // after an edit, the eager preview defers the search index too
        // A deferred folder (the search index) is listed as the folder until it is first asked for.
        Set<String> listed = new TreeSet<>(deferred.pages().paths());
        listed.removeIf(path -> path.endsWith("/"));
        assertThat(paths).containsAll(listed);
        for (String path : paths) {
            assertThat(deferred.pages().file(path)).as(path).hasValueSatisfying(bytes ->
                    assertThat(bytes).as(path).isEqualTo(eager.pages().file(path).orElseThrow()));
        }
    }

    @Test
    void deferredFilesAreTheFilesRenderedAtOnce() throws Exception {
        for (Path fixture : new Path[] {Path.of("content"), Path.of("src/test/resources/every-element")}) {
            LiveSite deferred = live(fixture, 0);
            LiveSite eager = live(fixture, Integer.MAX_VALUE);
            LiveSite.Update first = deferred.build();
            assertThat(first.succeeded()).isTrue();
            assertThat(first.rendered()).containsExactly("index.html");
            assertThat(first.deferred()).contains("search/index/").hasSizeGreaterThan(10);
            assertThat(eager.build().deferred()).isEmpty();
            sameFiles(deferred, eager);
        }
    }

    @Test
    void anEditAfterADeferredFirstRenderServesWhatAnEagerPreviewServes() throws Exception {
        TestSite site = TestSite.minimal(temp.resolve("site")).interview("ada", "Q: Hello?\n\nA: Hello, world.\n")
                .interview("bob", "Q: Who?\n\nA: Bob.\n");
        site.write();
        LiveSite deferred = live(site.content(), 0);
        LiveSite eager = live(site.content(), Integer.MAX_VALUE);
        assertThat(deferred.build().succeeded()).isTrue();
        assertThat(eager.build().succeeded()).isTrue();
        Path ada = site.content().resolve("interviews/ada.md").toAbsolutePath();
        Files.writeString(ada, Files.readString(ada).replace("Hello, world.", "Hello, wide world."));
        assertThat(deferred.update(Set.of(ada)).succeeded()).isTrue();
        assertThat(eager.update(Set.of(ada)).succeeded()).isTrue();
        sameFiles(deferred, eager);
        assertThat(new String(deferred.pages().file("interviews/ada/index.html").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Hello, wide world.");
    }
}
