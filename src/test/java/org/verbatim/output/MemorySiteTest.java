package org.verbatim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The preview's in-memory site: compressed pages, and deferred pages rendered once, on first request. */
class MemorySiteTest {

    @Test
    void aDeferredPageIsRenderedOnceOnItsFirstRequestHoweverManyAskAtOnce() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        MemorySite.Pending pending = MemorySite.pending();
        pending.write("index.html", bytes("<p>home</p>"));
        pending.defer("topics/wind/index.html", () -> {
            renders.incrementAndGet();
            return bytes("<p>wind</p>");
        });
        MemorySite site = MemorySite.empty().with(pending, Set.of());

        assertThat(renders).hasValue(0);
        assertThat(site.deferredPaths()).containsExactly("topics/wind/index.html");
        assertThat(site.paths()).containsExactlyInAnyOrder("index.html", "topics/wind/index.html");

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Callable<byte[]> request = () -> site.file("topics/wind/index.html").orElseThrow();
                answers.add(threads.submit(request));
            }
            for (Future<byte[]> answer : answers) {
                assertThat(new String(answer.get(), StandardCharsets.UTF_8)).isEqualTo("<p>wind</p>");
            }
        } finally {
            threads.shutdown();
        }
        assertThat(renders).hasValue(1);
        assertThat(site.deferredPaths()).isEmpty();
        assertThat(site.gzipped("topics/wind/index.html")).isPresent();  // kept compressed once rendered
        assertThat(new String(site.file("index.html").orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("<p>home</p>");
    }

    @Test
    void aLaterSnapshotReplacesAndRemovesPagesWithoutChangingTheEarlierOne() {
        MemorySite.Pending first = MemorySite.pending();
        first.write("a.html", bytes("a1"));
        first.write("b.html", bytes("b1"));
        MemorySite before = MemorySite.empty().with(first, Set.of());
        MemorySite.Pending second = MemorySite.pending();
        second.write("a.html", bytes("a2"));
        MemorySite after = before.with(second, Set.of("b.html"));

        assertThat(after.paths()).containsExactly("a.html");
        assertThat(after.file("a.html")).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("a2"));
        assertThat(before.file("a.html")).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("a1"));
        assertThat(before.paths()).contains("b.html");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
