package org.verbatim.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark archive as a Hugo site, for a same-run comparison: the same interviews and words, turns as
 * bold-labelled paragraphs, editor's notes as bracketed text, the same footnotes, topics as a taxonomy (so
 * Hugo also writes the 200 topic pages), and minimal layouts.
 */
final class HugoMirror {
    private final Path root;
    private final List<String> labels;

    HugoMirror(Path root, List<String> labels) {
        this.root = root;
        this.labels = labels;
    }

    void writeSkeleton() {
        CorpusGenerator.write(root.resolve("hugo.toml"), """
                baseURL = "https://bench.example.org/"
                title = "Benchmark archive"
                disableKinds = ["RSS"]
                [taxonomies]
                  topic = "topics"
                """);
        CorpusGenerator.write(root.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        CorpusGenerator.write(root.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
                <ul>{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
                {{ .Content }}</article>{{ end }}
                """);
        CorpusGenerator.write(root.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                {{ .Summary }}</li>{{ end }}</ol>{{ end }}
                """);
        CorpusGenerator.write(root.resolve("layouts/_default/terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}
                <li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                """);
        CorpusGenerator.write(root.resolve("layouts/_default/term.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
                """);
    }

    void write(CorpusGenerator.Interview interview) {
        StringBuilder text = new StringBuilder("---\ntitle: \"").append(interview.title).append("\"\ndate: ")
                .append(interview.date).append("\nsummary: \"A synthetic interview for benchmarks.\"\ntopics: [");
        for (int i = 0; i < interview.topics.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('"').append(labels.get(interview.topics.get(i))).append('"');
        }
        text.append("]\n---\n\n");
        for (CorpusGenerator.Turn turn : interview.turns) {
            String name = interview.speakers.stream().filter(s -> s[0].equals(turn.speaker())).findFirst().orElseThrow()[1];
            for (int p = 0; p < turn.paragraphs().size(); p++) {
                String paragraph = turn.paragraphs().get(p).replaceAll("\\[ed: ([^]]*)]", "[$1 — Ed.]");
                text.append(p == 0 ? "**" + name + ":** " : "").append(paragraph).append("\n\n");
            }
        }
        for (int i = 0; i < interview.footnotes.size(); i++) {
            text.append("[^n").append(i + 1).append("]: ").append(interview.footnotes.get(i)).append("\n\n");
        }
        CorpusGenerator.write(root.resolve("content/interviews").resolve(interview.slug + ".md"), text.toString());
    }
}
