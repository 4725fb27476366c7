package org.verbatim.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.FileDiagnostics;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s that carry line and column,
 * which a tree from {@code ObjectMapper} would have thrown away. One instance serves a whole build.
 */
public final class YamlReader {
    private final YAMLFactory factory = YAMLFactory.builder().build();

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of its file. Returns empty, after
     * reporting the problem, when the YAML is malformed or its top level is not a mapping.
     */
    public Optional<YamlNode.Mapping> readMapping(String text, int firstLine, FileDiagnostics problems) {
        if (text.isBlank()) {
            return Optional.of(new YamlNode.Mapping(Map.of(), firstLine, 1));
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Mapping(Map.of(), firstLine, 1));
            }
            YamlNode root = readValue(parser, firstLine, problems);
            if (root instanceof YamlNode.Mapping mapping) {
                return Optional.of(mapping);
            }
            problems.error(root.line(), root.column(), "expected a mapping of keys to values");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? firstLine : where.getLineNr() + firstLine - 1;
            int column = where == null ? 1 : where.getColumnNr();
            problems.error(line, column, "malformed YAML: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(firstLine, 1, "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private YamlNode readValue(JsonParser parser, int firstLine, FileDiagnostics problems) throws IOException {
        JsonLocation where = parser.currentTokenLocation();
        int line = where.getLineNr() + firstLine - 1;
        int column = where.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    int keyLine = keyAt.getLineNr() + firstLine - 1;
                    parser.nextToken();
                    YamlNode value = readValue(parser, firstLine, problems);
                    if (entries.containsKey(key)) {
                        problems.error(keyLine, keyAt.getColumnNr(), "duplicate key '" + key + "'");
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyLine, keyAt.getColumnNr(), value));
                    }
                }
                return new YamlNode.Mapping(entries, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, firstLine, problems));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line, column);
            }
            default -> {
                return new YamlNode.Scalar(parser.getText(), line, column);
            }
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "syntax error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
