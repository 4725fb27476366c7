package org.verbatim.render;

import java.util.List;

/**
 * What a page's head says about it beyond its title: description, canonical URL, Open Graph type and locale,
 * JSON-LD, other-language versions, and whether the site has a feed. Empty strings mean "leave it out".
 */
public record PageMeta(String description, String canonical, String type, String published,
                       String locale, String jsonLd, List<Alternate> alternates, boolean feed) {
    public PageMeta {
        alternates = List.copyOf(alternates);
    }

    /** Another version of the page, for {@code <link rel="alternate" hreflang>}. */
    public record Alternate(String hreflang, String href) {
    }
}
