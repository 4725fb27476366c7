package org.verbatim.render.partials;

import java.util.Locale;

/** Writes partials: with the built-in Java writers, the theme's templates, or a choice of the two per partial. */
public interface Partials {

    /** Appends the markup of {@code partial} for {@code view} to {@code html}, its words in {@code locale}. */
    <V extends Record> void write(Partial<V> partial, V view, Locale locale, StringBuilder html);

    /** {@code partial} for {@code view} as a string. */
    default <V extends Record> String render(Partial<V> partial, V view, Locale locale) {
        StringBuilder html = new StringBuilder(256);
        write(partial, view, locale, html);
        return html.toString();
    }

    /** The default theme's partials, written in Java. */
    static Partials builtIn() {
        return new Partials() {
            @Override
            public <V extends Record> void write(Partial<V> partial, V view, Locale locale, StringBuilder html) {
                partial.builtIn().accept(view, html);
            }
        };
    }
}
