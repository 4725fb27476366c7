package org.verbatim.render.json;

import java.util.List;

/** Schema of the site-wide {@code index.json}, version {@value Schema#VERSION}: interviews, topics, people. */
public record SiteIndexDocument(int schemaVersion, String title, String baseUrl, String language,
                                List<InterviewSummary> interviews, List<TopicData> topics, List<PersonData> people) {

    /** An interview, newest first; {@code url} is relative to the site root. */
    public record InterviewSummary(String slug, String url, String title, String date, String language,
                                   List<String> interviewees, String summary, List<String> topics) {
    }

    /** A topic A–Z with its passages (deep links) and the interviews about it as a whole. */
    public record TopicData(String id, String label, String description, List<String> aliases,
                            List<String> seeAlso, String see, String url, int passageCount, int interviewCount,
                            List<String> wholeInterviews, List<PassageData> passages) {
    }

    /** One passage under a topic: interview slug, turn id and deep link. */
    public record PassageData(String interview, String turn, String url) {
    }

    /** A person and the interviews they speak in. */
    public record PersonData(String id, String name, String description, String url, List<AppearanceData> appearances) {
    }

    /** One interview a person speaks in. */
    public record AppearanceData(String interview, String speaker, String role, int turns) {
    }
}
