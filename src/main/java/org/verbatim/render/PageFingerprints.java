package org.verbatim.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Interview;
import org.verbatim.model.Speaker;

/**
 * What each page that is made of a few interviews reads from the site, written out so that two builds can tell
 * whether the page would come out the same: the keys of the interviews it shows and the facts about them that
 * other interviews decide (speakers' page ids, translations), and its place among its pages. Build-wide inputs
 * (settings, vocabulary, people, theme, options, the program) are not in it; the build adds them.
 *
 * <p>What a template can reach decides what is listed: a topic or person page's template is given the whole
 * entry, every interview of it and not only the page's slice, so all of them are in each of its pages' prints
 * (through one digest of the entry).
 * Keep this in step with {@link SitePages}: a fact a page starts to read must be added here, and
 * {@code IncrementalBuildProperties} is the test that finds one left out.
 */
final class PageFingerprints {
    private final SiteIndex index;
    private final InterviewKeys keys;
    private final Map<String, String> topics = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private String site;

    PageFingerprints(SiteIndex index, InterviewKeys keys) {
        this.index = index;
        this.keys = keys;
    }

    /**
     * A file made from the whole site ({@code path}: the search index, index.json, the feed, the sitemap, the
     * lists of all topics and people): every interview of the site, in order.
     */
    String whole(String path) {
        if (site == null) {
            Print print = new Print("site");
            for (Interview interview : index.newestFirst()) {
                print.add(keys.of(interview));
            }
            site = print.digest();
        }
        return new Print("whole").add(path).add(site).toString();
    }

    /** An interview's page: the interview, its speakers' page ids, and its translations. */
    String interviewPage(Interview interview) {
        Print print = new Print("interview").add(keys.of(interview));
        speakers(print, interview.speakers());
        for (Interview translation : index.translationsOf(interview)) {
            print.add(keys.of(translation));
        }
        return print.toString();
    }

    /** An interview's {@code interview.json}: the interview and its tagged passages, which follow from it. */
    String interviewJson(Interview interview) {
        return new Print("json").add(keys.of(interview)).toString();
    }

    /** An interview's {@code ohms.xml} or {@code tei.xml} ({@code format}): the interview alone. */
    String export(Interview interview, String format) {
        return new Print(format).add(keys.of(interview)).toString();
    }

    /** An interview's {@code transcript.vtt}: the interview alone. */
    String transcript(Interview interview) {
        return new Print("vtt").add(keys.of(interview)).toString();
    }

    /** One page of the home list: its number among {@code count}, the total, and the cards on it. */
    String home(List<Interview> slice, int number, int count, int total) {
        Print print = new Print("home").add(number).add(count).add(total);
        for (Interview interview : slice) {
            print.add(keys.of(interview));
            speakers(print, interview.interviewees());
        }
        return print.toString();
    }

    /** One page of a topic: its number among {@code pages}, and the whole entry, which its template is given. */
    String topic(TopicIndex.Entry entry, int number, int pages) {
        String whole = topics.computeIfAbsent(entry.topic().id(), id -> {
            Print print = new Print(id);
            for (TopicIndex.Group group : entry.groups()) {
                print.add(keys.of(group.interview()));
            }
            print.add("whole");
            for (Interview interview : entry.wholeInterviews()) {
                print.add(keys.of(interview));
            }
            return print.digest();
        });
        return new Print("topic").add(number).add(pages).add(whole).toString();
    }

    /** One page of a person: its number among {@code pages}, and the whole entry, which its template is given. */
    String person(PeopleIndex.Entry entry, int number, int pages) {
        String whole = people.computeIfAbsent(entry.id(), id -> {
            Print print = new Print(id).add(entry.name()).add(entry.description());
            for (PeopleIndex.Appearance appearance : entry.appearances()) {
                print.add(keys.of(appearance.interview())).add(appearance.speaker().id()).add(appearance.turnCount());
                speakers(print, appearance.interview().interviewees());
            }
            return print.digest();
        });
        return new Print("person").add(number).add(pages).add(whole).toString();
    }

    private void speakers(Print print, List<Speaker> speakers) {
        for (Speaker speaker : speakers) {
            print.add(index.people().idOf(speaker));
        }
    }

    /** Parts written with their lengths, so that no two lists of parts read alike. */
    private static final class Print {
        private final StringBuilder text = new StringBuilder(256);

        Print(String kind) {
            add(kind);
        }

        Print add(String part) {
            text.append(part.length()).append(':').append(part).append(';');
            return this;
        }

        Print add(int number) {
            return add(Integer.toString(number));
        }

        @Override
        public String toString() {
            return text.toString();
        }

        /** A SHA-256 digest of the parts, for a print that every page of a long entry repeats. */
        String digest() {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
