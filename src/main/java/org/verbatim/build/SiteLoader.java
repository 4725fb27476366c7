package org.verbatim.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verbatim.config.PeopleReader;
import org.verbatim.config.SiteSettingsReader;
import org.verbatim.config.TopicVocabularyReader;
import org.verbatim.markdown.InlineMarkup;
import org.verbatim.markdown.InterviewAssembler;
import org.verbatim.markdown.MarkdownEngine;
import org.verbatim.markdown.TopicMarkReader;
import org.verbatim.model.Diagnostic;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.Interview;
import org.verbatim.model.NearestName;
import org.verbatim.model.Person;
import org.verbatim.model.Site;
import org.verbatim.model.SiteSettings;
import org.verbatim.model.TopicVocabulary;
import org.verbatim.index.PassageTagger;
import org.verbatim.index.PassageTags;
import org.verbatim.index.SiteIndexer;
import org.verbatim.render.InterviewKeys;
import org.verbatim.render.TemplateRenderer;
import org.verbatim.source.ContentFolder;
import org.verbatim.source.FrontMatter;
import org.verbatim.source.FrontMatterReader;
import org.verbatim.source.FrontMatterSplitter;
import org.verbatim.source.Located;
import org.verbatim.source.SourceReader;
import org.verbatim.source.YamlReader;

/**
 * Loads a content folder: settings, vocabulary and people, then every interview in parallel. The result keeps
 * each file's own problems, so the preview server can re-read just the files that changed.
 */
final class SiteLoader {
    private final SourceReader sources = new SourceReader();
    private final YamlReader yaml = new YamlReader();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterReader frontMatter = new FrontMatterReader(yaml);
    private final InlineMarkup inlineMarkup;
    private final ParseCache cache;

    /** A loader whose interviews' footnote references and inline notes are {@code theme}'s partials. */
    SiteLoader(TemplateRenderer theme) {
        this(theme, null);
    }

    /** As {@link #SiteLoader(TemplateRenderer)}, keeping what it reads in {@code cache} (null: none). */
    SiteLoader(TemplateRenderer theme, ParseCache cache) {
        this.inlineMarkup = new ThemeInlineMarkup(theme);
        this.cache = cache;
    }

    /** Everything read from a content folder, file by file, with the problems found in each. */
    record Content(Path root, SiteSettings settings, TopicVocabulary topics, Map<String, Person> people,
                   InterviewAssembler assembler, PassageTagger tagger, List<Diagnostic> configProblems,
                   Map<Path, FileResult> interviews) {
    }

    /**
     * One interview file: the interview (empty when too broken to build), its problems, and its key in the build
     * cache (null without one): a digest of the file and of everything reading it depended on.
     */
    record FileResult(Optional<Loaded> loaded, List<Diagnostic> problems, String key) {
    }

    /**
     * An interview with the front matter it came from, kept for the cross-file checks, and what tagging found in
     * each of its turns: files are tagged as they are read, so that the cache keeps that too.
     */
    record Loaded(Interview interview, FrontMatter meta, List<PassageTags> tags) {
    }

    Content load(ContentFolder folder) throws IOException {
        Diagnostics config = new Diagnostics();
        SiteSettings settings = new SiteSettingsReader(sources, yaml).read(folder.siteFile(), config);
        TopicVocabulary topics = new TopicVocabularyReader(sources, yaml).read(folder.topicsFile(), config);
        Map<String, Person> people = new PeopleReader(sources, yaml).read(folder.peopleFile(), config);
        InterviewAssembler assembler = new InterviewAssembler(new MarkdownEngine(settings.unsafeHtml()),
                settings.editorNote(), new TopicMarkReader(topics), settings.slugs(), inlineMarkup);
        Content empty = new Content(folder.root(), settings, topics, people, assembler, new PassageTagger(topics),
                config.list(), Map.of());
        return reload(empty, folder.interviewFiles());
    }

    /** The content with the given interview files read again; files that no longer exist are dropped. */
    Content reload(Content previous, Collection<Path> files) {
        Map<Path, FileResult> interviews = new TreeMap<>(previous.interviews());
        Map<Path, FileResult> fresh = files.parallelStream().distinct()
                .filter(Files::isRegularFile)
                .collect(Collectors.toConcurrentMap(file -> file, file -> read(previous, file)));
        files.forEach(interviews::remove);
        interviews.putAll(fresh);
        return new Content(previous.root(), previous.settings(), previous.topics(), previous.people(), previous.assembler(),
                previous.tagger(), previous.configProblems(), interviews);
    }

    private FileResult read(Content content, Path file) {
        Diagnostics problems = new Diagnostics();
        FileDiagnostics here = problems.forFile(file);
        // A file that looks as it did when last read has the key it had then, and is not read at all if kept.
        SourceStamps.Stamp stamp = cache == null ? null : SourceStamps.stamp(file);
        String known = stamp == null ? null : cache.knownKey(content.root(), file, stamp);
        Optional<Loaded> unread = known == null ? Optional.empty() : cache.get(known, file);
        if (unread.isPresent()) {
            checkMediaFile(content.root(), unread.get().meta(), here);
            return new FileResult(unread, problems.list(), known);
        }
        Optional<byte[]> bytes = sources.bytes(file, here);
        String key = cache == null ? null : bytes.map(b -> cache.key(content.root(), file, b, stamp)).orElse(null);
        Optional<Loaded> kept = key == null ? Optional.empty() : cache.get(key, file);
        if (kept.isPresent()) {
            // What the file names outside itself is checked again each time: a cached entry says nothing of it.
            checkMediaFile(content.root(), kept.get().meta(), here);
            return new FileResult(kept, problems.list(), key);
        }
        Optional<Loaded> loaded = bytes.flatMap(b -> sources.decode(file, b, here))
                .flatMap(source -> splitter.split(source, here))
                .flatMap(source -> frontMatter.read(source, content.settings(), content.topics(),
                                content.people(), here)
                        .map(meta -> {
                            checkMediaFile(content.root(), meta, here);
                            Interview interview = content.assembler().assemble(source, meta, here);
                            return new Loaded(interview, meta, content.tagger().tags(interview));
                        }));
        if (key != null && loaded.isPresent() && problems.isEmpty()) {
            cache.put(key, loaded.get());
        }
        return new FileResult(loaded, problems.list(), key);
    }

    /** A recording named as a file of the content folder must be one. */
    private static void checkMediaFile(Path root, FrontMatter meta, FileDiagnostics here) {
        Located file = meta.mediaFile();
        if (file != null && !Files.isRegularFile(root.resolve(file.value()))) {
            here.error(file.line(), file.column(), "media file '" + file.value() + "' does not exist in the content folder ("
                    + root.resolve(file.value()) + ")");
        }
    }

    /** The site to render, reporting every file's problems and the cross-file ones into {@code diagnostics}. */
    Site site(Content content, boolean includeDrafts, boolean offline, Diagnostics diagnostics) {
        return site(content, includeDrafts, offline, diagnostics, new Diagnostics());
    }

    /**
     * The site to render, as {@link #site(Content, boolean, boolean, Diagnostics)}, with the suggestions a
     * {@code check} makes (links that could be checked at build time) in {@code suggestions}.
     */
    Site site(Content content, boolean includeDrafts, boolean offline, Diagnostics diagnostics,
              Diagnostics suggestions) {
        content.configProblems().forEach(diagnostics::add);
        content.interviews().values().forEach(result -> result.problems().forEach(diagnostics::add));
        List<Loaded> loaded = content.interviews().values().stream()
                .flatMap(result -> result.loaded().stream()).toList();
        // Checked over drafts too: a translation may name a draft, which is then simply not linked.
        checkTranslationsExist(loaded, diagnostics);
        InterviewLinks links = new InterviewLinks(content.root(), loaded.stream().map(Loaded::interview).toList(),
                unreadable(content));
        List<Interview> interviews = loaded.stream().map(Loaded::interview)
                .filter(interview -> includeDrafts || !interview.draft())
                .map(interview -> links.resolve(interview, offline, diagnostics, suggestions))
                .toList();
        checkSlugsAreUnique(interviews, diagnostics);
        return new Site(content.settings(), content.topics(), content.people(), interviews);
    }

    /**
     * Each interview's key for the pages made from it: its file's key in the build cache and where its internal
     * links lead, which another file decides (the slug of the interview named). Null when the content was read
     * without a cache, so that no file has a key.
     */
    InterviewKeys keys(Content content) {
        if (content.interviews().values().stream().anyMatch(result -> result.key() == null)) {
            return null;
        }
        List<Interview> all = content.interviews().values().stream()
                .flatMap(result -> result.loaded().stream()).map(Loaded::interview).toList();
        InterviewLinks links = new InterviewLinks(content.root(), all, unreadable(content));
        Map<Path, String> keys = new HashMap<>();
        for (Map.Entry<Path, FileResult> file : content.interviews().entrySet()) {
            FileResult result = file.getValue();
            StringBuilder key = new StringBuilder(result.key());
            result.loaded().ifPresent(loaded -> loaded.interview().links().forEach(link -> {
                String slug = links.targetSlug(link);
                key.append(' ').append(slug.length()).append(':').append(slug);
            }));
            keys.put(file.getKey(), key.toString());
        }
        return interview -> Objects.requireNonNull(keys.get(interview.source()), interview.source().toString());
    }

    /** What tagging found in each interview as it was read, for the index. */
    static SiteIndexer.KnownTags tags(Content content) {
        Map<Path, List<PassageTags>> tags = new HashMap<>();
        content.interviews().forEach((file, result) -> result.loaded().ifPresent(loaded -> tags.put(file, loaded.tags())));
        return interview -> tags.get(interview.source());
    }

    /** The interview files that gave no interview, by their path from the content folder. */
    private static Set<String> unreadable(Content content) {
        return content.interviews().entrySet().stream().filter(e -> e.getValue().loaded().isEmpty())
                .map(e -> content.root().relativize(e.getKey()).normalize().toString().replace('\\', '/'))
                .collect(Collectors.toSet());
    }

    private static void checkTranslationsExist(List<Loaded> loaded, Diagnostics diagnostics) {
        Set<String> slugs = loaded.stream().map(l -> l.interview().slug()).collect(Collectors.toSet());
        for (Loaded one : loaded) {
            for (Located translation : one.meta().translations()) {
                if (!slugs.contains(translation.value())) {
                    diagnostics.forFile(one.interview().source()).error(translation.line(), translation.column(),
                            "translation '" + translation.value() + "' is not the slug of any interview"
                                    + NearestName.hint(translation.value(), slugs));
                }
            }
        }
    }

    private static void checkSlugsAreUnique(List<Interview> interviews, Diagnostics diagnostics) {
        Map<String, Path> seen = new HashMap<>();
        for (Interview interview : interviews) {
            Path first = seen.putIfAbsent(interview.slug(), interview.source());
            if (first != null && !Objects.equals(first, interview.source())) {
                diagnostics.forFile(interview.source()).error(1, 1, "slug '" + interview.slug()
                        + "' is already used by " + first + "; set a different 'slug:' in the front matter");
            }
        }
    }
}
