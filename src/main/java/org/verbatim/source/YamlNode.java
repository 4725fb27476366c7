package org.verbatim.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so every check can name its line. */
public sealed interface YamlNode {

    int line();

    int column();

    /**
     * The value as plain Java data (maps, lists and strings) for templates; YAML's nulls are left out, as if
     * the key or item were not there, so a null never reaches a template or an immutable collection.
     */
    Object plain();

    /** A scalar; {@code text} is null for YAML's null. */
    record Scalar(String text, int line, int column) implements YamlNode {
        @Override
        public Object plain() {
            return text;
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Object plain() {
            return items.stream().map(YamlNode::plain).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** A mapping; entries keep the order they were written in. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Entry entry(String key) {
            return entries.get(key);
        }

        @Override
        public Object plain() {
            Map<String, Object> plain = new LinkedHashMap<>();
            entries.forEach((key, entry) -> {
                Object value = entry.value().plain();
                if (value != null) {
                    plain.put(key, value);
                }
            });
            return java.util.Collections.unmodifiableMap(plain);
        }
    }

    /** A key, where it was written, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }
}
