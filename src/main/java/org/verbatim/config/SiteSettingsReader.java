package org.verbatim.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.EditorNoteStyle;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.SiteSettings;
import org.verbatim.model.Slugs;
import org.verbatim.source.LanguageTag;
import org.verbatim.source.Fields;
import org.verbatim.source.SourceReader;
import org.verbatim.source.YamlReader;

/** Reads {@code site.yaml}; a missing file means the defaults. */
public final class SiteSettingsReader {
    private static final Set<String> KEYS =
            Set.of("title", "description", "baseUrl", "language", "editorNote", "unsafeHtml", "slugs", "pageSize", "params");

    private final SourceReader sources;
    private final YamlReader yaml;

    public SiteSettingsReader(SourceReader sources, YamlReader yaml) {
        this.sources = sources;
        this.yaml = yaml;
    }

    public SiteSettings read(Path file, Diagnostics diagnostics) {
        SiteSettings defaults = SiteSettings.defaults();
        if (!Files.exists(file)) {
            return defaults;
        }
        FileDiagnostics problems = diagnostics.forFile(file);
        return sources.read(file, problems)
                .flatMap(source -> yaml.readMapping(source.text(), 1, problems))
                .map(mapping -> {
                    Fields fields = new Fields(mapping, problems);
                    fields.allowOnly(KEYS, "site.yaml (custom data goes under 'params:')");
                    String language = fields.text("language").orElse(defaults.language());
                    if (!LanguageTag.isValid(language)) {
                        fields.entry("language").ifPresent(e -> fields.error(e.value(),
                                "'" + language + "' is not a language tag such as 'en' or 'fr'"));
                    }
                    return new SiteSettings(
                            fields.text("title").orElse(defaults.title()),
                            fields.text("description").orElse(""),
                            fields.text("baseUrl").orElse(""),
                            language,
                            editorNote(fields),
                            fields.flag("unsafeHtml", false),
                            slugScript(fields),
                            pageSize(fields),
                            params(fields));
                })
                .orElse(defaults);
    }

    private static EditorNoteStyle editorNote(Fields fields) {
        String style = fields.text("editorNote").orElse("brackets");
        try {
            return EditorNoteStyle.valueOf(style.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fields.entry("editorNote").ifPresent(entry -> fields.error(entry.value(),
                    "editorNote must be 'brackets' or 'parentheses', not '" + style + "'"));
            return EditorNoteStyle.BRACKETS;
        }
    }

    private static int pageSize(Fields fields) {
        return fields.text("pageSize").map(text -> {
            try {
                int size = Integer.parseInt(text);
                if (size >= 1 && size <= 10_000) {
                    return size;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            fields.entry("pageSize").ifPresent(entry -> fields.error(entry.value(),
                    "pageSize must be a whole number from 1 to 10000 (items on a page of a list), not '" + text + "'"));
            return SiteSettings.DEFAULT_PAGE_SIZE;
        }).orElse(SiteSettings.DEFAULT_PAGE_SIZE);
    }

    private static Slugs.Script slugScript(Fields fields) {
        String script = fields.text("slugs").orElse("ascii");
        try {
            return Slugs.Script.valueOf(script.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fields.entry("slugs").ifPresent(entry -> fields.error(entry.value(),
                    "slugs must be 'ascii' (transliterated to a-z, the default) or 'unicode' (letters of every script kept), not '"
                            + script + "'"));
            return Slugs.Script.ASCII;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> params(Fields fields) {
        return fields.mapping("params").map(m -> (Map<String, Object>) m.plain()).orElse(Map.of());
    }
}
