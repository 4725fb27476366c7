package org.verbatim.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.render.partials.Partial;
import org.verbatim.render.partials.Partials;

/**
 * A theme's partials: for each, the built-in Java writer when the theme's {@code partials/<name>.html} is missing
 * or byte for byte the built-in template, and the theme's template, rendered by Thymeleaf, when it is not.
 */
final class ThemePartials implements Partials {
    /** Where the jar keeps the default theme's {@code partials/}, to compare a theme's with and to fall back on. */
    static final String BUILT_IN_THEME = "org/verbatim/render/theme/";

    private final TemplateRenderer templates;
    private final Set<String> fromTemplates;

    private ThemePartials(TemplateRenderer templates, Set<String> fromTemplates) {
        this.templates = templates;
        this.fromTemplates = Set.copyOf(fromTemplates);
    }

    /** The partials of the theme in {@code folder}, each from Java unless the theme changed it. */
    static ThemePartials of(Path folder, TemplateRenderer templates) {
        Set<String> changed = new HashSet<>();
        for (Partial<?> partial : Partial.ALL) {
            Path file = folder.resolve(partial.template() + ".html");
            if (Files.isRegularFile(file) && !Arrays.equals(read(file), builtIn(partial))) {
                changed.add(partial.name());
            }
        }
        return new ThemePartials(templates, changed);
    }

    /** Every partial from its template, the theme's or else the built-in one (to compare with the Java writers). */
    static ThemePartials allFromTemplates(TemplateRenderer templates) {
        Set<String> all = new HashSet<>();
        Partial.ALL.forEach(partial -> all.add(partial.name()));
        return new ThemePartials(templates, all);
    }

    /** The names of the partials rendered from the theme's templates. */
    Set<String> fromTemplates() {
        return fromTemplates;
    }

    @Override
    public <V extends Record> void write(Partial<V> partial, V view, Locale locale, StringBuilder html) {
        if (fromTemplates.contains(partial.name())) {
            html.append(templates.render(partial.template(), locale, Map.of(partial.variable(), view))).append('\n');
        } else {
            partial.builtIn().accept(view, html);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] builtIn(Partial<?> partial) {
        try (InputStream in = ThemePartials.class.getClassLoader()
                .getResourceAsStream(BUILT_IN_THEME + partial.template() + ".html")) {
            if (in == null) {
                throw new IllegalStateException("the built-in partial " + partial.name() + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
