package org.verbatim.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.NearestName;
import org.verbatim.model.Slugs;
import org.verbatim.model.Topic;
import org.verbatim.model.TopicVocabulary;
import org.verbatim.source.Fields;
import org.verbatim.source.SourceReader;
import org.verbatim.source.YamlNode;
import org.verbatim.source.YamlReader;

/** Reads and validates {@code topics.yaml}: ids, required labels, see-also targets, unique aliases. */
public final class TopicVocabularyReader {
    private static final Set<String> KEYS = Set.of("label", "description", "aliases", "seeAlso", "see");

    private final SourceReader sources;
    private final YamlReader yaml;

    public TopicVocabularyReader(SourceReader sources, YamlReader yaml) {
        this.sources = sources;
        this.yaml = yaml;
    }

    public TopicVocabulary read(Path file, Diagnostics diagnostics) {
        if (!Files.exists(file)) {
            return TopicVocabulary.empty();
        }
        FileDiagnostics problems = diagnostics.forFile(file);
        return sources.read(file, problems)
                .flatMap(source -> yaml.readMapping(source.text(), 1, problems))
                .map(root -> vocabulary(root, problems))
                .orElse(TopicVocabulary.empty());
    }

    private static TopicVocabulary vocabulary(YamlNode.Mapping root, FileDiagnostics problems) {
        Map<String, Topic> topics = new LinkedHashMap<>();
        List<TopicReference> references = new java.util.ArrayList<>();
        Map<String, String> aliasOwners = new LinkedHashMap<>();
        for (YamlNode.Entry entry : root.entries().values()) {
            String id = entry.key();
            if (!Slugs.ascii().isSlug(id) || id.length() > Slugs.MAX_LENGTH) {
                problems.error(entry.line(), entry.column(), "topic id '" + id
                        + "' must be lower-case letters, digits and hyphens, at most " + Slugs.MAX_LENGTH + " characters");
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
                problems.error(entry.value().line(), entry.value().column(),
                        "topic '" + id + "' needs keys such as 'label:'");
                continue;
            }
            Fields fields = new Fields(mapping, problems);
            fields.allowOnly(KEYS, "topic '" + id + "'");
            String see = fields.text("see").orElse(null);
            String label = see == null
                    ? fields.required("label", "topic '" + id + "'").orElse(id)
                    : fields.text("label").orElse(id);
            List<YamlNode.Scalar> aliases = fields.scalars("aliases");
            for (YamlNode.Scalar alias : aliases) {
                String key = alias.text().strip().toLowerCase(Locale.ROOT);
                String owner = aliasOwners.putIfAbsent(key, id);
                if (owner != null && !owner.equals(id)) {
                    fields.error(alias, "alias '" + alias.text() + "' already belongs to topic '" + owner + "'");
                }
            }
            List<YamlNode.Scalar> seeAlso = fields.scalars("seeAlso");
            seeAlso.forEach(s -> references.add(new TopicReference(s.text().strip(), s)));
            fields.entry("see").ifPresent(e -> references.add(new TopicReference(see, e.value())));
            topics.put(id, new Topic(id, label, fields.text("description").orElse(""),
                    aliases.stream().map(a -> a.text().strip()).toList(),
                    seeAlso.stream().map(s -> s.text().strip()).toList(), see));
        }
        for (TopicReference reference : references) {
            if (!topics.containsKey(reference.target())) {
                problems.error(reference.at().line(), reference.at().column(), "unknown topic '"
                        + reference.target() + "'" + NearestName.hint(reference.target(), topics.keySet()));
            }
        }
        return new TopicVocabulary(topics);
    }

    /** A see-also or see pointer, checked once every topic is known. */
    private record TopicReference(String target, YamlNode at) {
    }
}
