package org.verbatim.render.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.verbatim.index.PeopleIndex;
import org.verbatim.index.SiteIndex;
import org.verbatim.index.TaggedPassage;
import org.verbatim.index.TopicIndex;
import org.verbatim.model.Block;
import org.verbatim.model.EditorBlock;
import org.verbatim.model.Interview;
import org.verbatim.model.RelatedInset;
import org.verbatim.model.Segment;
import org.verbatim.model.Speaker;
import org.verbatim.model.Turn;
import org.verbatim.render.Routes;

/** Writes the site's JSON documents with Jackson: stable key order, pretty-printed, byte-identical per input. */
public final class JsonExport {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    /** Entries of a streamed document: flushing after each would cost a system call per interview. */
    private final com.fasterxml.jackson.databind.ObjectWriter entries = mapper.writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    public byte[] interview(SiteIndex index, Interview interview) {
        List<InterviewDocument.TurnData> turns = new ArrayList<>();
        List<InterviewDocument.InsetData> insets = new ArrayList<>();
        String lastTurn = null;
        java.util.Map<String, TaggedPassage> tagged = new java.util.HashMap<>();
        index.passagesOf(interview).forEach(p -> tagged.put(p.turn().id(), p));
        for (Block block : interview.body()) {
            if (block instanceof Turn turn) {
                lastTurn = turn.id();
                TaggedPassage passage = tagged.get(turn.id());
                turns.add(new InterviewDocument.TurnData(turn.id(), turn.number(), turn.speaker().id(),
                        turn.continued(), turn.text(), html(turn.segments()),
                        passage == null ? List.of() : passage.topicIds(), turn.markedTopics(), turn.removedTopics(),
                        turn.editorNotes(), turn.start() == null ? null : turn.start().seconds()));
            } else if (block instanceof EditorBlock editor) {
                insets.add(new InterviewDocument.InsetData("editor", lastTurn, html(editor.segments())));
            } else if (block instanceof RelatedInset related) {
                insets.add(new InterviewDocument.InsetData("related", lastTurn, html(related.segments())));
            }
        }
        return write(new InterviewDocument(Schema.VERSION, interview.slug(), Routes.interviewDir(interview.slug()),
                interview.title(), interview.subtitle(), interview.date().toString(), interview.publication(),
                interview.language(), interview.translationOf(), interview.translations(), interview.credits(),
                interview.summary(), interview.sourceUrl(), interview.draft(), interview.topics(),
                new TreeMap<>(interview.params()),
                interview.speakers().stream().map(JsonExport::speaker).toList(), turns, insets,
                interview.footnotes().stream().map(n -> new InterviewDocument.FootnoteData(n.label(), n.number(),
                        n.id(), n.html(), n.referenceIds())).toList(),
                interview.headings().stream().map(h -> new InterviewDocument.HeadingData(h.id(), h.level(), h.text(),
                        h.start() == null ? null : h.start().seconds(), h.synopsis(), h.keywords()))
                        .toList(), media(interview.media())));
    }

    private static InterviewDocument.MediaData media(org.verbatim.model.Media media) {
        if (media == null) {
            return null;
        }
        return new InterviewDocument.MediaData(media.isRemote() ? media.src()
                : org.verbatim.render.UrlPaths.encode(media.fileName()), media.type(), media.poster(),
                media.duration() == null ? null : media.duration().seconds());
    }

    /**
     * Writes {@code index.json} ({@link SiteIndexDocument}'s shape) to {@code out} entry by entry, so the whole
     * archive's document is never held: it grows by about 2.3 MB per 1,000 interviews.
     */
    public void siteIndex(SiteIndex index, java.io.OutputStream out) throws java.io.IOException {
        var settings = index.site().settings();
        try (com.fasterxml.jackson.core.JsonGenerator json = mapper.writer().createGenerator(out)) {
            json.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", Schema.VERSION);
            json.writeStringField("title", settings.title());
            json.writeStringField("baseUrl", settings.baseUrl());
            json.writeStringField("language", settings.language());
            json.writeArrayFieldStart("interviews");
            for (Interview i : index.newestFirst()) {
                entries.writeValue(json, new SiteIndexDocument.InterviewSummary(i.slug(), Routes.interviewDir(i.slug()),
                        i.title(), i.date().toString(), i.language(), i.interviewees().stream().map(Speaker::name).toList(),
                        i.summary(), i.topics()));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("topics");
            for (TopicIndex.Entry entry : index.topics().entries()) {
                entries.writeValue(json, topic(entry));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("people");
            for (PeopleIndex.Entry entry : index.people().entries()) {
                entries.writeValue(json, person(entry));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static SiteIndexDocument.TopicData topic(TopicIndex.Entry entry) {
        List<SiteIndexDocument.PassageData> passages = new ArrayList<>();
        for (TopicIndex.Group group : entry.groups()) {
            for (TopicIndex.Passage passage : group.passages()) {
                String slug = group.interview().slug();
                passages.add(new SiteIndexDocument.PassageData(slug, passage.turn().id(),
                        Routes.interviewDir(slug) + "#" + passage.turn().id()));
            }
        }
        var topic = entry.topic();
        return new SiteIndexDocument.TopicData(topic.id(), topic.label(), topic.description(), topic.aliases(),
                topic.seeAlso(), topic.see(), Routes.topicDir(topic.id()), entry.passageCount(), entry.interviewCount(),
                entry.wholeInterviews().stream().map(Interview::slug).toList(), passages);
    }

    private static SiteIndexDocument.PersonData person(PeopleIndex.Entry entry) {
        return new SiteIndexDocument.PersonData(entry.id(), entry.name(), entry.description(), Routes.personDir(entry.id()),
                entry.appearances().stream().map(a -> new SiteIndexDocument.AppearanceData(a.interview().slug(),
                        a.speaker().id(), a.speaker().role().key(), a.turnCount())).toList());
    }

    private static InterviewDocument.SpeakerData speaker(Speaker speaker) {
        return new InterviewDocument.SpeakerData(speaker.id(), speaker.name(), speaker.role().key(), speaker.person());
    }

    private static String html(List<Segment> segments) {
        return String.join("\n", segments.stream().map(Segment::html).toList());
    }

    /** UTF-8 straight from Jackson: going through a String cost more than writing the JSON itself. */
    private byte[] write(Object document) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 * 1024);
        try {
            mapper.writeValue(out, document);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
