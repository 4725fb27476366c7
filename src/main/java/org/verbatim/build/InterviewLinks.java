package org.verbatim.build;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;
import org.verbatim.model.ContentLink;
import org.verbatim.model.Diagnostic;
import org.verbatim.model.Diagnostics;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.Interview;
import org.verbatim.model.NearestName;
import org.verbatim.render.UrlPaths;

/**
 * Links between interviews, resolved once every interview is read. An internal link names a content file, as
 * Zola's {@code @/} and Hugo's {@code ref} do: {@code [text](@/interviews/2022-11-03-yannick-le-goff.md#t3)}. It
 * becomes the relative URL of that interview's page (naming {@code index.html} in an offline build), and a
 * missing file, a draft linked from a published page or an unknown anchor is an error at the link's line and
 * column. Plain relative links to a folder ({@code ../yannick-le-goff/}) are rewritten to name its
 * {@code index.html} in offline builds, where a browser reading from disk would show a directory listing, and
 * {@code check} suggests the internal form for those that lead to an interview.
 */
final class InterviewLinks {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final Map<String, Interview> byFile = new HashMap<>();
    private final Set<String> unreadable;
    private final Map<String, Interview> bySlug = new HashMap<>();
    private final Path root;

    /**
     * @param interviews every interview read, drafts included
     * @param unreadable content-relative paths of interview files too broken to read (their own errors say why)
     */
    InterviewLinks(Path root, Collection<Interview> interviews, Set<String> unreadable) {
        this.root = root;
        this.unreadable = unreadable;
        for (Interview interview : interviews) {
            byFile.put(key(interview.source()), interview);
            bySlug.put(interview.slug(), interview);
        }
    }

    /** A file's path from the content folder, as internal links spell it. */
    String key(Path file) {
        Path relative = file.isAbsolute() == root.isAbsolute() ? root.relativize(file) : file;
        return Normalizer.normalize(relative.normalize().toString().replace('\\', '/'), Normalizer.Form.NFC);
    }

    /**
     * {@code from} with its site links resolved for a web or an offline build; problems go to {@code problems},
     * suggestions for {@code check} to {@code suggestions}. Interviews without such links are returned as they are.
     */
    Interview resolve(Interview from, boolean offline, Diagnostics problems, Diagnostics suggestions) {
        if (from.links().isEmpty()) {
            return from;
        }
        FileDiagnostics here = problems.forFile(from.source());
        Map<String, String> hrefs = new HashMap<>();
        for (ContentLink link : from.links()) {
            String href = link.isInternal() ? internal(from, link, offline, here) : relative(from, link, offline, suggestions);
            if (href != null && !href.equals(link.url())) {
                hrefs.put(link.url(), href);
            }
        }
        return hrefs.isEmpty() ? from : from.withHtml(html -> rewrite(html, hrefs));
    }

    /** The slug of the interview an internal link leads to, "" when it leads to none: all its page's URL depends on. */
    String targetSlug(ContentLink link) {
        String file = link.isInternal() ? targetFile(link) : null;
        Interview target = file == null ? null : byFile.get(file);
        return target == null ? "" : target.slug();
    }

    /** The content file an internal link names, from the content folder ('/'-separated); null when it can name none. */
    static String targetFile(ContentLink link) {
        String address = link.url().substring(ContentLink.INTERNAL.length());
        int hash = address.indexOf('#');
        return normalizedPath(Normalizer.normalize(decode(hash < 0 ? address : address.substring(0, hash)),
                Normalizer.Form.NFC));
    }

    private String internal(Interview from, ContentLink link, boolean offline, FileDiagnostics here) {
        String address = link.url().substring(ContentLink.INTERNAL.length());
        int hash = address.indexOf('#');
        String anchor = hash < 0 ? "" : Normalizer.normalize(decode(address.substring(hash + 1)), Normalizer.Form.NFC);
        String file = targetFile(link);
        Interview target = file == null ? null : byFile.get(file);
        if (target == null) {
            if (file == null || !unreadable.contains(file)) {
                here.error(link.line(), link.column(), "link to '" + link.url() + "': there is no interview file "
                        + "content/" + (file == null ? address : file) + (file == null ? "" : NearestName.hint(file, byFile.keySet()))
                        + "; internal links name a file from the content folder, e.g. @/interviews/2024-02-28-marina-ferrari.md");
            }
            return null;
        }
        if (target.draft() && !from.draft()) {
            here.error(link.line(), link.column(), "link to '" + link.url() + "': that interview is a draft; "
                    + "publish it (draft: false) or remove the link");
            return null;
        }
        if (!anchor.isEmpty() && !target.anchors().contains(anchor)) {
            here.error(link.line(), link.column(), "link to '" + link.url() + "': there is no anchor '#" + anchor
                    + "' in that interview" + NearestName.hint(anchor, target.anchors())
                    + (target.turns().isEmpty() ? "; it has no turns" : "; turns are #t1 to #t" + target.turns().size())
                    + ", headings and notes have their own ids");
            return null;
        }
        String fragment = anchor.isEmpty() ? "" : "#" + anchor;
        if (target == from) {
            return fragment.isEmpty() ? (offline ? "index.html" : "./") : fragment;
        }
        return "../" + UrlPaths.encode(target.slug()) + "/" + (offline ? "index.html" : "") + fragment;
    }

    private String relative(Interview from, ContentLink link, boolean offline, Diagnostics suggestions) {
        String url = link.url();
        int end = firstOf(url, '?', '#');
        String path = url.substring(0, end);
        List<String> resolved = resolveFromInterviewPage(path);
        if (resolved == null) {
            return null;  // leaves the site: not ours to check
        }
        boolean folder = path.isEmpty() || path.endsWith("/") || path.endsWith("/..") || path.equals("..")
                || path.equals(".") || path.endsWith("/.");
        if (!folder) {
            return null;
        }
        if (!path.isEmpty() && resolved.size() == 2 && resolved.get(0).equals("interviews") && bySlug.containsKey(decode(resolved.get(1)))) {
            Interview target = bySlug.get(decode(resolved.get(1)));
            suggestions.add(new Diagnostic(from.source(), link.line(), link.column(), "the link '" + url
                    + "' leads to an interview; write it […](@/" + key(target.source()) + url.substring(end)
                    + ") so the build checks it and every build finds the page"));
        }
        if (!offline || path.isEmpty()) {
            return null;
        }
        String withIndex = (path.endsWith("/") ? path : path + "/") + "index.html";
        return withIndex + url.substring(end);
    }

    /** The folders a relative link from an interview page leads to; null when it climbs out of the site. */
    private static List<String> resolveFromInterviewPage(String path) {
        String resolved = normalizedPath("interviews/this-interview/" + path);
        return resolved == null ? null : resolved.isEmpty() ? List.of() : List.of(resolved.split("/"));
    }

    /** A content path with "." and ".." resolved as text; null when it climbs out or holds a NUL. */
    private static String normalizedPath(String path) {
        if (path.indexOf('\0') >= 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? (j < 0 ? text.length() : j) : j < 0 ? i : Math.min(i, j);
    }

    private static String rewrite(String html, Map<String, String> hrefs) {
        if (!html.contains("href=\"")) {
            return html;
        }
        Matcher matcher = HREF.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 32);
        while (matcher.find()) {
            String href = hrefs.get(HtmlEscape.unescapeHtml(matcher.group(1)));
            String replacement = href == null ? matcher.group() : "href=\"" + HtmlEscape.escapeHtml5Xml(href) + "\"";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decode(String text) {
        try {
            return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;  // a stray '%': compared as written
        }
    }
}
