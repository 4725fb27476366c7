package org.verbatim.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.verbatim.cli.Main;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.SiteIndexer;
import org.verbatim.model.ContentErrors;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.Site;
import org.verbatim.source.ContentFolder;
import picocli.CommandLine;

/**
 * A content folder written from inline text, built with the real command line into a temporary site.
 * Files are given as {@code path -> text}; {@link #minimal()} gives a valid site to start from.
 */
public final class TestSite {
    public static final Path THEME = Paths.get("templates").toAbsolutePath();

    private final Path root;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public TestSite(Path root) {
        this.root = root;
    }

    /** A site.yaml, a topics.yaml and nothing else. */
    public static TestSite minimal(Path root) {
        return new TestSite(root)
                .file("site.yaml", """
                        title: Test Interviews
                        baseUrl: https://example.org/
                        language: en
                        """)
                .file("topics.yaml", """
                        ai-act:
                          label: AI Act
                          aliases: [AI Act]
                        microsoft:
                          label: Microsoft
                        mistral-ai:
                          label: Mistral AI
                        """);
    }

    /** A site whose content is a copy of {@code folder} (for example a corpus in the test resources). */
    public static TestSite copyOf(Path folder, Path root) {
        TestSite site = new TestSite(root);
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                site.bytes(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** A copy of the default theme in {@code folder}, for tests that break or extend a theme. */
    public static Path copyTheme(Path folder) {
        return copyFolder(THEME, folder);
    }

    /** A copy of the folder tree {@code from} at {@code to}, which is returned. */
    public static Path copyFolder(Path from, Path to) {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] content) {
        files.put(path, content);
        return this;
    }

    /** An interview file {@code interviews/<name>.md} with two speakers and the given body. */
    public TestSite interview(String name, String body) {
        return file("interviews/" + name + ".md", """
                ---
                title: A test interview
                date: 2024-03-01
                speakers:
                  Q: { name: The Paper, role: interviewer }
                  A: { name: Ada Lovelace, role: interviewee }
                ---
                """ + body);
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path out() {
        return root.resolve("site");
    }

    /** Writes the files and runs {@code verbatim build} with any extra arguments. */
    public Run build(String... extra) {
        write();
        return buildAsWritten(extra);
    }

    /** Builds the content as last written, without writing it again (which changes every file's look). */
    public Run buildAsWritten(String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build",
                "--content=" + content(), "--templates=" + THEME, "--out=" + out()));
        args.addAll(java.util.List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** Runs the command line in-process, capturing what it prints. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Writes the content files ({@link #build} does it too), for tests that look at the folder or build another way. */
    public TestSite write() {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = content().resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The site in {@code content} read and indexed as a build reads it (with drafts when the preview would show
     * them), for tests that render pages themselves or check pages against the model; fails on content errors.
     */
    public static SiteIndex index(Path content, boolean includeDrafts) {
        return index(content, includeDrafts, new org.verbatim.render.TemplateRenderer(THEME));
    }

    /** As {@link #index(Path, boolean)}, the footnote references and inline notes being {@code theme}'s partials. */
    public static SiteIndex index(Path content, boolean includeDrafts, org.verbatim.render.TemplateRenderer theme) {
        try {
            SiteLoader loader = new SiteLoader(theme);
            Diagnostics diagnostics = new Diagnostics();
            Site site = loader.site(loader.load(new ContentFolder(content)), includeDrafts, false, diagnostics);
            diagnostics.throwIfAny();
            return SiteIndexer.index(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ContentErrors e) {
            throw new IllegalStateException(content + " has content errors: " + e.diagnostics(), e);
        }
    }

    /** Parses a built page with jsoup. */
    public Document page(String path) {
        try {
            Path file = out().resolve(path);
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one command: exit code and what it printed. */
    public record Run(int exit, String out, String err) {
    }
}
