package org.verbatim.render;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.verbatim.model.Interview;
import org.verbatim.model.Site;

/** Renders every page of a site: the home page and one page per interview. */
public final class SitePages {
    /** Newest first; the slug breaks ties so the order never depends on file-system order. */
    static final Comparator<Interview> NEWEST_FIRST = Comparator.comparing(Interview::date).reversed()
            .thenComparing(Interview::slug);

    private final TemplateRenderer templates;

    public SitePages(TemplateRenderer templates) {
        this.templates = templates;
    }

    public List<RenderedPage> render(Site site) {
        InterviewViews views = new InterviewViews(site);
        return Stream.concat(Stream.of(home(site, views)),
                        site.interviews().parallelStream().map(interview -> interview(site, views, interview)))
                .toList();
    }

    private RenderedPage home(Site site, InterviewViews views) {
        PageLinks links = PageLinks.forPath(Routes.HOME);
        List<InterviewView> entries = site.interviews().stream()
                .sorted(NEWEST_FIRST)
                .map(interview -> views.of(interview, links))
                .toList();
        Locale locale = Locale.forLanguageTag(site.settings().language());
        String html = templates.render("home", locale, Map.of(
                "site", site.settings(), "links", links, "lang", site.settings().language(), "entries", entries));
        return new RenderedPage(Routes.HOME, html);
    }

    private RenderedPage interview(Site site, InterviewViews views, Interview interview) {
        String path = Routes.interview(interview.slug());
        PageLinks links = PageLinks.forPath(path);
        String html = templates.render("interview", Locale.forLanguageTag(interview.language()), Map.of(
                "site", site.settings(), "links", links, "lang", interview.language(),
                "view", views.of(interview, links), "interview", interview));
        return new RenderedPage(path, html);
    }
}
