package org.verbatim.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.config.PeopleReader;
import org.verbatim.config.SiteSettingsReader;
import org.verbatim.config.TopicVocabularyReader;
import org.verbatim.markdown.InterviewAssembler;
import org.verbatim.markdown.MarkdownEngine;
import org.verbatim.markdown.TopicMarkReader;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.Interview;
import org.verbatim.model.NearestName;
import org.verbatim.model.Person;
import org.verbatim.model.Site;
import org.verbatim.model.SiteSettings;
import org.verbatim.model.TopicVocabulary;
import org.verbatim.source.ContentFolder;
import org.verbatim.source.FrontMatter;
import org.verbatim.source.FrontMatterReader;
import org.verbatim.source.Located;
import org.verbatim.source.FrontMatterSplitter;
import org.verbatim.source.SourceReader;
import org.verbatim.source.YamlReader;

/** Loads a content folder into a {@link Site}: settings, vocabulary, people, then every interview in parallel. */
final class SiteLoader {
    private final SourceReader sources = new SourceReader();
    private final YamlReader yaml = new YamlReader();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterReader frontMatter = new FrontMatterReader(yaml);

    Site load(ContentFolder content, boolean includeDrafts, Diagnostics diagnostics) throws IOException {
        SiteSettings settings = new SiteSettingsReader(sources, yaml).read(content.siteFile(), diagnostics);
        TopicVocabulary topics = new TopicVocabularyReader(sources, yaml).read(content.topicsFile(), diagnostics);
        Map<String, Person> people = new PeopleReader(sources, yaml).read(content.peopleFile(), diagnostics);
        InterviewAssembler assembler = new InterviewAssembler(new MarkdownEngine(settings.unsafeHtml()),
                settings.editorNote(), new TopicMarkReader(topics));

        List<Loaded> loaded = content.interviewFiles().parallelStream()
                .map(file -> interview(file, settings, topics, people, assembler, diagnostics.forFile(file)))
                .flatMap(Optional::stream)
                .toList();
        // Checked over drafts too: a translation may name a draft, which is then simply not linked.
        checkTranslationsExist(loaded, diagnostics);
        List<Interview> interviews = loaded.stream().map(Loaded::interview)
                .filter(interview -> includeDrafts || !interview.draft())
                .toList();
        checkSlugsAreUnique(interviews, diagnostics);
        return new Site(settings, topics, people, interviews);
    }

    /** An interview with the front matter it came from, kept until the cross-file checks are done. */
    private record Loaded(Interview interview, FrontMatter meta) {
    }

    private Optional<Loaded> interview(Path file, SiteSettings settings, TopicVocabulary topics,
                                       Map<String, Person> people, InterviewAssembler assembler,
                                       FileDiagnostics problems) {
        return sources.read(file, problems)
                .flatMap(source -> splitter.split(source, problems))
                .flatMap(source -> frontMatter.read(source, settings.language(), topics, people, problems)
                        .map(meta -> new Loaded(assembler.assemble(source, meta, problems), meta)));
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
