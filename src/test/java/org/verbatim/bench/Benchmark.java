package org.verbatim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness (run it with {@code bench/run}; see BENCHMARKS.md). It generates the archives, then
 * measures, as medians over repeated runs of whole processes: cold {@code build} wall time and peak RSS for
 * each archive size, with Hugo building the same archive in the same run (interleaved, so both see the same
 * machine) and the ratio; the build of one 5,000-turn interview; and the edit-to-reloaded-page latency of
 * {@code serve}. Results are printed as a Markdown table.
 */
public final class Benchmark {
    private static final Path LAUNCHER = Path.of("verbatim").toAbsolutePath();
    private static final Path THEME = Path.of("templates");

    private final Path work;
    /** Hugo's median cold build per archive size, in this run. */
    private final java.util.Map<Integer, Double> hugoSeconds = new java.util.HashMap<>();
    private final int runs;
    private final String javaOptions;
    private List<String> rows = new ArrayList<>();

    private Benchmark(Path work, int runs, String javaOptions) {
        this.work = work;
        this.runs = runs;
        this.javaOptions = javaOptions;
    }

    /**
     * Usage: {@code Benchmark [--runs N] [--sizes 1000,10000] [--edits N] [--work DIR] [--no-hugo] [--serve-only]
     * [--baseline REV] [--compare-only]}. {@code --baseline REV} also builds the archive with the program as it was at
     * git revision REV (its own launcher and theme) in turn with this one; {@code --compare-only} runs only the
     * paired comparisons: against the baseline, and the default theme against one that overrides turn.html.
     */
    public static void main(String[] args) throws Exception {
        int runs = 3;
        int edits = 7;
        List<Integer> sizes = List.of(1000, 10000);
        Path work = Path.of("target/bench");
        boolean hugo = true;
        boolean builds = true;
        String baseline = null;
        boolean compareOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(args[++i]);
                case "--no-hugo" -> hugo = false;
                case "--serve-only" -> builds = false;
                case "--baseline" -> baseline = args[++i];
                case "--compare-only" -> compareOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        hugo = hugo && installed("hugo", "version");
        // Verbatim runs as users run it, through the launcher (its JVM options and class-data archive), with the
        // 1 GB heap the issue fixes; VERBATIM_JAVA_OPTS replaces that extra option.
        String options = System.getenv().getOrDefault("VERBATIM_JAVA_OPTS", "-Xmx1g");
        Benchmark benchmark = new Benchmark(work, runs, options);
        System.out.printf("Verbatim: ./verbatim with VERBATIM_JAVA_OPTS=%s; runs per figure: %d; Hugo: %s%n", options, runs,
                hugo ? version("hugo", "version") : "not installed (apt-get install hugo)");
        benchmark.warmUp();
        if (compareOnly) {
            benchmark.compare(sizes.get(0), baseline);
            benchmark.rows.forEach(System.out::println);
            return;
        }
        if (builds) {
            for (int size : sizes) {
                benchmark.build(size, hugo);
                benchmark.incremental(size);
            }
            benchmark.longInterview(5000);
        }
        for (int size : sizes) {
            benchmark.serve(size, edits);
        }
        List<String> comparisons = new ArrayList<>();
        if (builds) {
            List<String> table = benchmark.rows;
            benchmark.rows = comparisons;
            benchmark.compare(sizes.get(0), baseline);
            benchmark.rows = table;
        }
        System.out.println();
        comparisons.forEach(System.out::println);
        System.out.println();
        System.out.println("| what | Verbatim (median) | peak RSS | Hugo (median) | Hugo peak RSS | Verbatim ÷ Hugo |");
        System.out.println("|---|---|---|---|---|---|");
        benchmark.rows.forEach(System.out::println);
    }

    private Path corpus(String name, int count, int turns) throws IOException {
        Path folder = work.resolve(name);
        if (!Files.isDirectory(folder.resolve("content"))) {
            System.out.printf("generating %s …%n", name);
            new CorpusGenerator(42).write(folder, count, turns);
        }
        return folder;
    }

    private void build(int size, boolean hugo) throws Exception {
        Path folder = corpus("archive-" + size, size, 0);
        List<Run> ours = new ArrayList<>();
        List<Run> theirs = new ArrayList<>();
        Path cache = work.resolve("cold-cache-" + size).toAbsolutePath();
        for (int i = 0; i < runs; i++) {
            // Cold builds: each tool starts from an empty output folder, Verbatim with an empty cache, both emptied
            // before the clock starts.
            removeTree(folder.resolve("site"));
            removeTree(cache);
            ours.add(timed(verbatim("build", "--content", folder.resolve("content").toString(),
                    "--templates", THEME.toString(), "--out", folder.resolve("site").toString(),
                    "--cache-dir", cache.toString())));
            if (hugo) {
                removeTree(folder.resolve("hugo-site"));
                theirs.add(timed(List.of("hugo", "--quiet", "-s", folder.resolve("hugo").toString(), "-d",
                        folder.resolve("hugo-site").toAbsolutePath().toString())));
            }
            System.out.printf("  build %d: verbatim %.2f s, %s peak%s%n", size, ours.get(i).seconds,
                    mb(ours.get(i).peakKilobytes), hugo ? String.format(Locale.ROOT, "; hugo %.2f s, %s peak",
                            theirs.get(i).seconds, mb(theirs.get(i).peakKilobytes)) : "");
        }
        if (hugo) {
            hugoSeconds.put(size, median(theirs, true));
        }
        rows.add(String.format(Locale.ROOT, "| cold build, empty cache, %,d interviews | %.2f s | %s | %s | %s | %s |", size,
                median(ours, true), mb(median(ours, false)),
                hugo ? String.format(Locale.ROOT, "%.2f s", median(theirs, true)) : "–",
                hugo ? mb(median(theirs, false)) : "–",
                hugo ? String.format(Locale.ROOT, "%.2f", median(ours, true) / median(theirs, true)) : "–"));
        readers(folder, size);
    }

    /**
     * Paired comparisons, A and B in turn so both see the same machine, each pair's ratio, medians: this program
     * against the one at {@code baseline} (when given) on the archive of {@code size} interviews; and the default
     * theme against a copy whose turn.html differs from the built-in one (so every turn goes through Thymeleaf
     * instead of the Java writer), on that archive and on the 5,000-turn interview.
     */
    private void compare(int size, String baseline) throws Exception {
        rows.add("| comparison (cold builds, in turn) | A (median) | B (median) | A ÷ B, median of pairs (min–max) |");
        rows.add("|---|---:|---:|---:|");
        Path archive = corpus("archive-" + size, size, 0);
        Path longOne = corpus("long-5000", 1, 5000);
        if (baseline != null) {
            Path old = baselineProgram(baseline);
            paired(String.format(Locale.ROOT, "%,d interviews: this program (A) vs %s (B), each with its own theme",
                            size, baseline), archive,
                    out -> verbatim("build", "--no-cache", "--content", archive.resolve("content").toString(),
                            "--templates", THEME.toString(), "--out", out.toString()),
                    out -> List.of(old.resolve("verbatim").toString(), "build", "--content",
                            archive.resolve("content").toString(), "--templates", old.resolve("templates").toString(),
                            "--out", out.toString()));
        }
        Path cache = work.resolve("cache-" + size).toAbsolutePath();
        paired(String.format(Locale.ROOT, "%,d interviews: --cache-dir, empty each time (A) vs no cache (B)", size), archive,
                out -> {
                    try {
                        removeTree(cache);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return verbatim("build", "--content", archive.resolve("content").toString(), "--templates",
                            THEME.toString(), "--out", out.toString(), "--cache-dir", cache.toString());
                },
                out -> verbatim("build", "--no-cache", "--content", archive.resolve("content").toString(),
                        "--templates", THEME.toString(), "--out", out.toString()));
        paired(String.format(Locale.ROOT, "%,d interviews: --cache-dir warm, output folder empty (A) vs no cache (B)", size), archive,
                out -> verbatim("build", "--content", archive.resolve("content").toString(), "--templates",
                        THEME.toString(), "--out", out.toString(), "--cache-dir", cache.toString()),
                out -> verbatim("build", "--no-cache", "--content", archive.resolve("content").toString(),
                        "--templates", THEME.toString(), "--out", out.toString()));
        rows.add(String.format(Locale.ROOT, "| cache folder after a build of %,d interviews | %s | | |", size,
                mb(folderBytes(cache) / 1024.0)));
        Path overridden = overriddenTurnTheme();
        for (Path corpus : List.of(archive, longOne)) {
            paired(corpus.getFileName() + ": turn.html overridden (A) vs the default theme (B)", corpus,
                    out -> verbatim("build", "--no-cache", "--content", corpus.resolve("content").toString(),
                            "--templates", overridden.toString(), "--out", out.toString()),
                    out -> verbatim("build", "--no-cache", "--content", corpus.resolve("content").toString(),
                            "--templates", THEME.toString(), "--out", out.toString()));
        }
    }

    /**
     * Builds with a warm cache into the previous site, the case of a newsroom publishing into its archive: after no
     * change, and after adding one interview and editing another, on a copy of the archive. Ratios are to Hugo's
     * full build of the same archive in this run.
     */
    private void incremental(int size) throws Exception {
        Path archive = corpus("archive-" + size, size, 0);
        Path folder = work.resolve("incremental-" + size).toAbsolutePath();
        removeTree(folder);
        org.verbatim.build.TestSite.copyFolder(archive.resolve("content"), folder.resolve("content"));
        Path interviews = folder.resolve("content/interviews");
        List<String> build = verbatim("build", "--content", folder.resolve("content").toString(), "--templates",
                THEME.toString(), "--out", folder.resolve("site").toString(), "--cache-dir",
                folder.resolve("cache").toString());
        timed(build);
        List<Run> unchanged = new ArrayList<>();
        List<Run> changed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            unchanged.add(timed(build));
            String source = Files.readString(interviews.resolve("interview-" + (2 * i + 1) + ".md"));
            Files.writeString(interviews.resolve("added-" + i + ".md"), source.replaceFirst("(?m)^title: .*$",
                    "title: \"An interview added to the archive, " + i + "\""));
            Path edited = interviews.resolve("interview-" + (2 * i + 2) + ".md");
            Files.writeString(edited, Files.readString(edited) + "\nA: One more answer, edited in " + i + ".\n");
            changed.add(timed(build));
            System.out.printf(Locale.ROOT, "  warm cache, %d interviews: nothing changed %.2f s; one added, one edited %.2f s%n",
                    size, unchanged.get(i).seconds, changed.get(i).seconds);
        }
        Double hugo = hugoSeconds.get(size);
        for (var row : List.of(java.util.Map.entry("nothing changed", unchanged), java.util.Map.entry("one interview added, one edited", changed))) {
            rows.add(String.format(Locale.ROOT, "| warm cache, %s, %,d interviews | %.2f s | %s | %s | – | %s |",
                    row.getKey(), size, median(row.getValue(), true), mb(median(row.getValue(), false)),
                    hugo == null ? "–" : String.format(Locale.ROOT, "%.2f s (full build)", hugo),
                    hugo == null ? "–" : String.format(Locale.ROOT, "%.2f", median(row.getValue(), true) / hugo)));
        }
        rows.add(String.format(Locale.ROOT, "| cache folder after the builds of %,d interviews | %s | – | – | – | – |", size,
                mb(folderBytes(folder.resolve("cache")) / 1024.0)));
    }

    private void paired(String label, Path corpus, java.util.function.Function<Path, List<String>> a,
                        java.util.function.Function<Path, List<String>> b) throws Exception {
        List<Run> as = new ArrayList<>();
        List<Run> bs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        Path outA = corpus.resolve("site-a");
        Path outB = corpus.resolve("site-b");
        for (int i = 0; i < runs; i++) {
            removeTree(outA);
            as.add(timed(a.apply(outA)));
            removeTree(outB);
            bs.add(timed(b.apply(outB)));
            ratios.add(as.get(i).seconds / bs.get(i).seconds);
            System.out.printf(Locale.ROOT, "  %s: %.2f s / %.2f s = %.3f%n", label, as.get(i).seconds, bs.get(i).seconds,
                    ratios.get(i));
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        rows.add(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.3f (%.3f–%.3f) |", label, median(as, true),
                median(bs, true), sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]));
    }

    /** The program as it was at {@code revision}: a clone of this repository there, its jar built by its launcher. */
    private Path baselineProgram(String revision) throws Exception {
        Path folder = work.resolve("baseline-" + revision).toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            run(List.of("git", "clone", "-q", Path.of("").toAbsolutePath().toString(), folder.toString()));
            run(List.of("git", "-C", folder.toString(), "checkout", "-q", revision));
        }
        System.out.printf("baseline %s: building it (its launcher) …%n", revision);
        run(List.of(folder.resolve("verbatim").toString(), "--version"));
        return folder;
    }

    /** The default theme with one attribute more on each turn's root element. */
    private Path overriddenTurnTheme() throws IOException {
        Path theme = work.resolve("theme-turn-overridden");
        removeTree(theme);
        org.verbatim.build.TestSite.copyFolder(THEME, theme);
        Path turn = theme.resolve("partials/turn.html");
        String text = Files.readString(turn);
        String changed = text.replaceFirst("<div ", "<div data-theme=\"newsroom\" ");
        if (changed.equals(text)) {
            throw new IllegalStateException(turn + " has no <div to change");
        }
        Files.writeString(turn, changed);
        return theme;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private void run(List<String> command) throws Exception {
        Process process = launch(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT));
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** What readers download from the offline build of the archive: the largest list page, and search. */
    private void readers(Path folder, int size) throws Exception {
        Path offline = folder.resolve("site-offline");
        removeTree(offline);
        timed(verbatim("build", "--no-cache", "--offline", "--content", folder.resolve("content").toString(),
                "--templates", THEME.toString(), "--out", offline.toString()));
        rows.add(String.format(Locale.ROOT, "| largest page but an interview's, %,d interviews | %s | – | – | – | – |", size,
                ReaderBytes.largestListPage(offline)));
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            System.out.println("  (no /usr/bin/chromium: search bytes not measured)");
            return;
        }
        for (ReaderBytes.Query query : ReaderBytes.searches(offline, work.resolve("chromium-profile-" + size))) {
            System.out.println("  search, " + size + ": " + query);
            rows.add(String.format(Locale.ROOT, "| search page + query %s, %,d interviews, file:// | %s | – | – | – | – |",
                    query.words(), size, query));
        }
    }

    private void longInterview(int turns) throws Exception {
        Path folder = corpus("long-" + turns, 1, turns);
        List<Run> ours = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            removeTree(folder.resolve("site"));
            ours.add(timed(verbatim("build", "--no-cache", "--content", folder.resolve("content").toString(),
                    "--templates", THEME.toString(), "--out", folder.resolve("site").toString())));
            System.out.printf("  build of one %d-turn interview: %.2f s, %s peak%n", turns, ours.get(i).seconds,
                    mb(ours.get(i).peakKilobytes));
        }
        rows.add(String.format(Locale.ROOT, "| build, one interview of %,d turns | %.2f s | %s | – | – | – |", turns,
                median(ours, true), mb(median(ours, false))));
    }

    /** Edits one interview repeatedly under {@code serve}; times each save to the reloaded page's arrival. */
    private void serve(int size, int edits) throws Exception {
        Path folder = corpus("archive-" + size, size, 0);
        Path file = folder.resolve("content/interviews/interview-7.md");
        String original = Files.readString(file);
        List<String> command = verbatim("serve", "--content", folder.resolve("content").toString(),
                "--templates", THEME.toString(), "--port", "0");
        Process server = launch(new ProcessBuilder(command).redirectErrorStream(true));  // the launcher keeps C2 for serve
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            Pattern serving = Pattern.compile("Serving (http://\\S+)");
            for (String line; url == null && (line = output.readLine()) != null; ) {
                Matcher matcher = serving.matcher(line);
                url = matcher.find() ? matcher.group(1) : null;
            }
            if (url == null) {
                System.out.printf("  serve %d: did not start (exit %d)%n", size, server.waitFor());
                rows.add(String.format(Locale.ROOT, "| serve, %,d interviews: one edit to reloaded page | did not start | – | – | – | – |", size));
                return;
            }
            Thread drain = new Thread(() -> output.lines().forEach(line -> { }));
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String> events = events(http, URI.create(url + "__verbatim/events"));
            URI page = URI.create(url + "interviews/interview-7/");
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i <= edits; i++) {
                String marker = "edited" + i + "x" + System.nanoTime();
                long start = System.nanoTime();
                Files.writeString(file, original.replaceFirst("\n\nA: ", "\n\nA: " + marker + " "));
                String event = events.poll(60, TimeUnit.SECONDS);
                String body = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
                double millis = (System.nanoTime() - start) / 1e6;
                if (event == null || !body.contains(marker)) {
                    System.out.printf("  serve %d: no reload with the edit after %.0f ms%n", size, millis);
                    rows.add(String.format(Locale.ROOT,
                            "| serve, %,d interviews: one edit to reloaded page | no reload within 60 s | – | – | – | – |", size));
                    return;
                }
                if (i > 0) {  // the first edit warms the server up
                    latencies.add(millis);
                }
                Thread.sleep(300);
            }
            latencies.sort(Double::compare);
            double median = latencies.get(latencies.size() / 2);
            System.out.printf("  serve %d: edit to reloaded page %s ms%n", size, latencies);
            rows.add(String.format(Locale.ROOT, "| serve, %,d interviews: one edit to reloaded page | %.0f ms | – | – | – | – |",
                    size, median));
        } finally {
            Files.writeString(file, original);
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static BlockingQueue<String> events(HttpClient http, URI uri) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<java.util.stream.Stream<String>> stream = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(line -> {
                    if (line.startsWith("event: reload")) {
                        events.add(line);
                    }
                });
            } catch (java.io.UncheckedIOException serverStopped) {
                // the stream ends when the benchmark stops the server
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    private List<String> verbatim(String... args) {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a process with the benchmark's JVM options for the launcher. */
    private Process launch(ProcessBuilder builder) throws IOException {
        builder.environment().put("VERBATIM_JAVA_OPTS", javaOptions);
        return builder.start();
    }

    /** One untimed run first: the launcher makes its class-data archive when the jar is new. */
    private void warmUp() throws Exception {
        Process process = launch(new ProcessBuilder(verbatim("--version")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD));
        if (process.waitFor() != 0) {
            throw new IllegalStateException("./verbatim --version failed");
        }
    }

    /** Deletes a previous output folder, outside the timed runs. */
    private static void removeTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Wall time and peak RSS of one whole process, measured with GNU time. */
    private record Run(double seconds, long peakKilobytes) {
    }

    private Run timed(List<String> command) throws Exception {
        Path report = Files.createTempFile(work, "time-", ".txt");
        List<String> timedCommand = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", report.toString()));
        timedCommand.addAll(command);
        long start = System.nanoTime();
        Process process = launch(new ProcessBuilder(timedCommand).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD));
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        List<String> lines = Files.readAllLines(report);
        Files.delete(report);
        return new Run(seconds, Long.parseLong(lines.get(lines.size() - 1).strip()));
    }

    private static double median(List<Run> runs, boolean time) {
        double[] values = runs.stream().mapToDouble(r -> time ? r.seconds : r.peakKilobytes).sorted().toArray();
        return values[values.length / 2];
    }

    private static String mb(double kilobytes) {
        return String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024);
    }

    private static boolean installed(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;  // not on the PATH
        }
    }

    private static String version(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return text.lines().findFirst().orElse("?");
    }
}
