package org.verbatim.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.NearestName;

/** Typed, validating access to the keys of one YAML mapping; every problem is reported with its line. */
public final class Fields {
    private final YamlNode.Mapping mapping;
    private final FileDiagnostics problems;

    public Fields(YamlNode.Mapping mapping, FileDiagnostics problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    /** Fields of a mapping nested in this one, reporting to the same file. */
    public Fields nested(YamlNode.Mapping inner) {
        return new Fields(inner, problems);
    }

    /** Reports every key not in {@code known}, suggesting the nearest known key. */
    public void allowOnly(Set<String> known, String where) {
        mapping.entries().values().forEach(entry -> {
            if (!known.contains(entry.key())) {
                problems.error(entry.line(), entry.column(), "unknown key '" + entry.key() + "' in " + where
                        + NearestName.hint(entry.key(), known));
            }
        });
    }

    public boolean has(String key) {
        return present(key) != null;
    }

    public Optional<YamlNode.Entry> entry(String key) {
        return Optional.ofNullable(present(key));
    }

    /**
     * The key's entry, or null when it is absent or its value is YAML's null or blank ({@code key: ~},
     * {@code key:} with nothing after it, {@code key: ""}): that means "not given", for every key, so a null never
     * reaches the model as a value.
     */
    private YamlNode.Entry present(String key) {
        YamlNode.Entry entry = mapping.entry(key);
        return entry == null || entry.value() instanceof YamlNode.Scalar scalar
                && (scalar.text() == null || scalar.text().isBlank()) ? null : entry;
    }

    /** The text of a scalar key; reports a list or mapping given instead. Empty when absent or null. */
    public Optional<String> text(String key) {
        YamlNode.Entry entry = present(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.value() instanceof YamlNode.Scalar scalar) {
            return Optional.ofNullable(scalar.text()).map(String::strip).filter(s -> !s.isEmpty());
        }
        problems.error(entry.value().line(), entry.value().column(), "'" + key + "' must be a single value");
        return Optional.empty();
    }

    /** Like {@link #text} but reports the key as missing, at the mapping's own line. */
    public Optional<String> required(String key, String where) {
        Optional<String> value = text(key);
        if (value.isEmpty() && (present(key) == null || present(key).value() instanceof YamlNode.Scalar)) {
            YamlNode.Entry entry = mapping.entry(key);
            int line = entry == null ? mapping.line() : entry.line();
            int column = entry == null ? mapping.column() : entry.column();
            problems.error(line, column, "missing required key '" + key + "' in " + where);
        }
        return value;
    }

    /** A list of scalars; a single scalar is accepted as a list of one. */
    public List<YamlNode.Scalar> scalars(String key) {
        YamlNode.Entry entry = present(key);
        if (entry == null) {
            return List.of();
        }
        List<YamlNode.Scalar> values = new ArrayList<>();
        if (entry.value() instanceof YamlNode.Scalar scalar) {
            if (scalar.text() != null) {
                values.add(scalar);
            }
        } else if (entry.value() instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar scalar) {
                    if (scalar.text() != null && !scalar.text().isBlank()) {  // a null or blank item is no item
                        values.add(scalar);
                    }
                } else {
                    problems.error(item.line(), item.column(), "'" + key + "' must be a list of single values");
                }
            }
        } else {
            problems.error(entry.value().line(), entry.value().column(), "'" + key + "' must be a list");
        }
        return values;
    }

    public List<String> texts(String key) {
        return scalars(key).stream().map(s -> s.text().strip()).toList();
    }

    public boolean flag(String key, boolean fallback) {
        YamlNode.Entry entry = present(key);
        if (entry == null) {
            return fallback;
        }
        String text = entry.value() instanceof YamlNode.Scalar scalar ? scalar.text() : null;
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        problems.error(entry.value().line(), entry.value().column(), "'" + key + "' must be true or false");
        return fallback;
    }

    /** A nested mapping; reports any other kind of value. */
    public Optional<YamlNode.Mapping> mapping(String key) {
        YamlNode.Entry entry = present(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.value() instanceof YamlNode.Mapping nested) {
            return Optional.of(nested);
        }
        problems.error(entry.value().line(), entry.value().column(), "'" + key + "' must be a mapping of keys to values");
        return Optional.empty();
    }

    public void error(YamlNode node, String message) {
        problems.error(node.line(), node.column(), message);
    }

    public void error(YamlNode.Entry entry, String message) {
        problems.error(entry.line(), entry.column(), message);
    }
}
