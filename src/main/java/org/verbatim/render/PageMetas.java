package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.index.SiteIndex;
import org.verbatim.model.Interview;

/** Builds the {@link PageMeta} of each kind of page. */
final class PageMetas {
    private final SiteIndex index;
    private final SiteUrls urls;

    PageMetas(SiteIndex index, SiteUrls urls) {
        this.index = index;
        this.urls = urls;
    }

    PageMeta home(String path) {
        return website(index.site().settings().description(), path, "");
    }

    PageMeta simple(String path) {
        return website("", path, "");
    }

    /** The 404 page is served at many addresses, so it names no canonical one. */
    PageMeta notFound() {
        return new PageMeta("", "", "website", "", ogLocale(index.site().settings().language()), "", List.of(), false);
    }

    PageMeta described(String description, String path) {
        return website(description, path, "");
    }

    PageMeta topicIndex(String jsonLd) {
        return website("", Routes.TOPICS, jsonLd);
    }

    PageMeta interview(InterviewView view, String jsonLd) {
        Interview interview = view.interview();
        List<PageMeta.Alternate> alternates = new ArrayList<>();
        if (urls.hasBaseUrl() && !index.translationsOf(interview).isEmpty()) {
            alternates.add(new PageMeta.Alternate(interview.language(), urls.absolute(Routes.interviewDir(interview.slug()))));
            index.translationsOf(interview).forEach(other -> alternates.add(new PageMeta.Alternate(other.language(),
                    urls.absolute(Routes.interviewDir(other.slug())))));
        }
        return new PageMeta(interview.summary(), urls.absolute(Routes.interviewDir(interview.slug())), "article",
                interview.date().toString(), ogLocale(interview.language()), jsonLd, alternates, urls.hasBaseUrl());
    }

    private PageMeta website(String description, String path, String jsonLd) {
        String folder = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return new PageMeta(description, urls.absolute(folder), "website", "",
                ogLocale(index.site().settings().language()), jsonLd, List.of(), urls.hasBaseUrl());
    }

    /** Open Graph wants {@code en_US}-style locales; a bare language is passed through. */
    private static String ogLocale(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }
}
