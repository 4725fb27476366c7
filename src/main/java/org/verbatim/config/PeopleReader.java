package org.verbatim.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.Person;
import org.verbatim.model.Slugs;
import org.verbatim.source.Fields;
import org.verbatim.source.SourceReader;
import org.verbatim.source.YamlNode;
import org.verbatim.source.YamlReader;

/** Reads the optional {@code people.yaml}. */
public final class PeopleReader {
    private static final Set<String> KEYS = Set.of("name", "description");

    private final SourceReader sources;
    private final YamlReader yaml;

    public PeopleReader(SourceReader sources, YamlReader yaml) {
        this.sources = sources;
        this.yaml = yaml;
    }

    public Map<String, Person> read(Path file, Diagnostics diagnostics) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        FileDiagnostics problems = diagnostics.forFile(file);
        Map<String, Person> people = new TreeMap<>();
        sources.read(file, problems)
                .flatMap(source -> yaml.readMapping(source.text(), 1, problems))
                .ifPresent(root -> root.entries().values().forEach(entry -> {
                    if (!Slugs.ascii().isSlug(entry.key()) || entry.key().length() > Slugs.MAX_LENGTH) {
                        problems.error(entry.line(), entry.column(), "person id '" + entry.key()
                                + "' must be lower-case letters, digits and hyphens, at most " + Slugs.MAX_LENGTH
                                + " characters; it names the person's page");
                    } else if (entry.value() instanceof YamlNode.Mapping mapping) {
                        Fields fields = new Fields(mapping, problems);
                        fields.allowOnly(KEYS, "person '" + entry.key() + "'");
                        String name = fields.required("name", "person '" + entry.key() + "'").orElse(entry.key());
                        people.put(entry.key(), new Person(entry.key(), name, fields.text("description").orElse("")));
                    } else {
                        problems.error(entry.line(), entry.column(), "person '" + entry.key() + "' needs a 'name:'");
                    }
                }));
        return people;
    }
}
