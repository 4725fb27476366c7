package org.verbatim.model;

import java.util.Map;

/** The settings of {@code site.yaml}. */
public record SiteSettings(String title, String description, String baseUrl, String language,
                           EditorNoteStyle editorNote, boolean unsafeHtml, Slugs.Script slugScript, int pageSize,
                           Map<String, Object> params) {
    /** Items on a page of every list that grows with the archive (home, topic, people and person pages). */
    public static final int DEFAULT_PAGE_SIZE = 20;

    public SiteSettings {
        params = Map.copyOf(params);
    }

    public static SiteSettings defaults() {
        return new SiteSettings("Interviews", "", "", "en", EditorNoteStyle.BRACKETS, false, Slugs.Script.ASCII,
                DEFAULT_PAGE_SIZE, Map.of());
    }

    /** How this site makes slugs and anchors from names and titles. */
    public Slugs slugs() {
        return Slugs.of(slugScript);
    }
}
