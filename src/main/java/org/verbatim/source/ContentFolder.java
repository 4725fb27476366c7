package org.verbatim.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The layout of a {@code content/} folder: settings files and the interviews beneath {@code interviews/}. */
public record ContentFolder(Path root) {

    public Path siteFile() {
        return root.resolve("site.yaml");
    }

    public Path topicsFile() {
        return root.resolve("topics.yaml");
    }

    public Path peopleFile() {
        return root.resolve("people.yaml");
    }

    /** Every {@code .md} file under {@code interviews/}, sub-folders included, in a stable order. */
    public List<Path> interviewFiles() throws IOException {
        Path interviews = root.resolve("interviews");
        if (!Files.isDirectory(interviews)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(interviews)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }
}
