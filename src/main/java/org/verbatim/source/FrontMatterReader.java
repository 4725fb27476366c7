package org.verbatim.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.verbatim.model.FileDiagnostics;
import org.verbatim.model.Media;
import org.verbatim.model.NearestName;
import org.verbatim.model.Person;
import org.verbatim.model.Role;
import org.verbatim.model.SiteSettings;
import org.verbatim.model.Slugs;
import org.verbatim.model.Speaker;
import org.verbatim.model.SpeakerIds;
import org.verbatim.model.Timecode;
import org.verbatim.model.TopicVocabulary;

/** Validates an interview's front matter against the authoring format, reporting every problem with its line. */
public final class FrontMatterReader {
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "subtitle", "date", "slug",
            "summary", "publication", "language", "translationOf", "translations", "credits", "speakers", "topics",
            "draft", "source", "params", "media"));
    private static final Set<String> MEDIA_KEYS = new LinkedHashSet<>(List.of("src", "type", "poster", "duration"));
    private static final Set<String> SPEAKER_KEYS = Set.of("name", "role", "person");
    private static final int MAX_SLUG = Slugs.MAX_LENGTH;
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    private final YamlReader yaml;

    public FrontMatterReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The front matter, or empty when it is too broken to build the interview (problems are reported). */
    public Optional<FrontMatter> read(InterviewSource source, SiteSettings site, TopicVocabulary topics,
                                      Map<String, Person> people, FileDiagnostics problems) {
        return yaml.readMapping(source.frontMatter(), source.frontMatterLine(), problems)
                .flatMap(mapping -> read(source.path(), mapping, site, topics, people, problems));
    }

    private Optional<FrontMatter> read(Path path, YamlNode.Mapping mapping, SiteSettings site,
                                       TopicVocabulary topics, Map<String, Person> people, FileDiagnostics problems) {
        String siteLanguage = site.language();
        Slugs slugs = site.slugs();
        Fields fields = new Fields(mapping, problems);
        fields.allowOnly(KEYS, "front matter (custom data goes under 'params:')");
        Optional<String> title = fields.required("title", "front matter");
        Optional<LocalDate> date = date(fields);
        List<Speaker> speakers = speakers(fields, people);
        String language = fields.text("language").orElse(siteLanguage);
        if (!LanguageTag.isValid(language)) {
            fields.entry("language").ifPresent(e -> fields.error(e.value(),
                    "'" + language + "' is not a language tag such as 'en' or 'fr'"));
        }
        List<String> topicIds = new ArrayList<>();
        for (YamlNode.Scalar topic : fields.scalars("topics")) {
            String id = topic.text().strip();
            if (topics.contains(id)) {
                topicIds.add(id);
            } else {
                fields.error(topic, "unknown topic '" + id + "'" + NearestName.hint(id, topics.byId().keySet())
                        + "; topics are declared in topics.yaml");
            }
        }
        List<Located> translations = new ArrayList<>();
        for (YamlNode.Scalar translation : fields.scalars("translations")) {
            if (slugs.isSlug(translation.text().strip())) {
                translations.add(new Located(translation.text().strip(), translation.line(), translation.column()));
            } else {
                fields.error(translation, "translation '" + translation.text() + "' is not a slug");
            }
        }
        String slug = slug(path, fields, slugs);
        boolean draft = fields.flag("draft", false);
        Located[] mediaFile = new Located[1];
        Media media = media(fields, mediaFile);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = fields.mapping("params").map(m -> (Map<String, Object>) m.plain()).orElse(Map.of());
        if (title.isEmpty() || date.isEmpty() || speakers.isEmpty() || slug == null) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(slug, title.get(), fields.text("subtitle").orElse(""), date.get(),
                fields.text("publication").orElse(""), language, fields.text("translationOf").orElse(""),
                translations, fields.text("credits").orElse(""), fields.text("summary").orElse(""),
                fields.text("source").orElse(""), speakers, topicIds, draft, params, media, mediaFile[0]));
    }

    /**
     * {@code media:}, as a path or URL alone or as {@code { src, type, poster, duration }}; null when absent or
     * wrong (reported). {@code file} gets the path and its position when the medium is a file of the content folder.
     */
    private static Media media(Fields fields, Located[] file) {
        Optional<YamlNode.Entry> entry = fields.entry("media");
        if (entry.isEmpty()) {
            return null;
        }
        YamlNode.Scalar src;
        Optional<String> type = Optional.empty();
        String poster = "";
        Timecode duration = null;
        if (entry.get().value() instanceof YamlNode.Scalar scalar) {
            src = scalar;
        } else if (entry.get().value() instanceof YamlNode.Mapping mapping) {
            Fields media = fields.nested(mapping);
            media.allowOnly(MEDIA_KEYS, "media");
            if (media.required("src", "media").isEmpty()) {
                return null;
            }
            src = (YamlNode.Scalar) media.entry("src").orElseThrow().value();
            type = media.text("type");
            poster = media.text("poster").orElse("");
            Optional<YamlNode.Entry> length = media.entry("duration");
            if (length.isPresent()) {
                duration = duration(media, length.get());
            }
        } else {
            fields.error(entry.get().value(), "'media' must be a path or URL, or { src: …, type: …, poster: …, duration: … }");
            return null;
        }
        String location = src.text().strip();
        boolean remote = location.startsWith("https://") || location.startsWith("http://");
        if (!remote && (location.startsWith("/") || location.contains("\\") || location.contains(":")
                || java.util.Arrays.asList(location.split("/")).contains(".."))) {
            fields.error(src, "media '" + location + "' must be a path under the content folder, such as"
                    + " media/2023-05-10-ines-carvalho.mp3, or an https:// URL");
            return null;
        }
        Optional<String> mime = type.or(() -> Media.typeOf(location));
        if (mime.isEmpty()) {
            fields.error(src, "unknown media type for '" + location + "'; use a file ending in " + Media.knownExtensions()
                    + ", or give its MIME type as 'type:'");
            return null;
        }
        if (!mime.get().startsWith("audio/") && !mime.get().startsWith("video/")) {
            fields.error(src, "media type '" + mime.get() + "' is neither audio/… nor video/…");
            return null;
        }
        if (!remote) {
            file[0] = new Located(location, src.line(), src.column());
        }
        return new Media(location, mime.get(), poster, duration);
    }

    /** A duration in seconds ({@code 754.2}) or as a time ({@code 00:12:34}); null when it is neither (reported). */
    private static Timecode duration(Fields media, YamlNode.Entry entry) {
        String text = entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null ? scalar.text().strip() : "";
        try {
            if (text.matches("\\d+(\\.\\d{1,3})?")) {
                return new Timecode(Math.round(Double.parseDouble(text) * 1000));
            }
            return Timecode.parse(text);
        } catch (IllegalArgumentException e) {
            media.error(entry.value(), "media duration '" + text + "' must be seconds (754.2) or a time (00:12:34)");
            return null;
        }
    }

    private static Optional<LocalDate> date(Fields fields) {
        return fields.required("date", "front matter").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                fields.entry("date").ifPresent(entry -> fields.error(entry.value(),
                        "date '" + text + "' is not a date in the form YYYY-MM-DD"));
                return Optional.empty();
            }
        });
    }

    private static List<Speaker> speakers(Fields fields, Map<String, Person> people) {
        if (!fields.has("speakers")) {
            fields.required("speakers", "front matter");
            return List.of();
        }
        Optional<YamlNode.Mapping> declared = fields.mapping("speakers");
        List<Speaker> speakers = new ArrayList<>();
        declared.ifPresent(mapping -> {
            if (mapping.entries().isEmpty()) {
                fields.error(mapping, "'speakers' must declare at least one speaker, e.g. 'Q: { name: …, role: interviewer }'");
            }
            for (YamlNode.Entry entry : mapping.entries().values()) {
                speaker(entry, fields, people).ifPresent(speakers::add);
            }
        });
        return speakers;
    }

    private static Optional<Speaker> speaker(YamlNode.Entry entry, Fields outer, Map<String, Person> people) {
        String id = SpeakerIds.normalize(entry.key());
        if (!SpeakerIds.isValid(id)) {
            outer.error(entry, "speaker id '" + entry.key() + "' must be letters and digits of any script"
                    + " (accents included), starting with a letter, e.g. 'ÉV', 'МИ' or '张'");
            return Optional.empty();
        }
        if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
            outer.error(entry.value(), "speaker '" + id + "' needs a name and a role, e.g. '{ name: …, role: interviewee }'");
            return Optional.empty();
        }
        Fields fields = outer.nested(mapping);
        fields.allowOnly(SPEAKER_KEYS, "speaker '" + id + "'");
        Optional<String> name = fields.required("name", "speaker '" + id + "'");
        Optional<Role> role = fields.required("role", "speaker '" + id + "'").flatMap(text -> {
            Optional<Role> parsed = Role.parse(text);
            if (parsed.isEmpty()) {
                fields.entry("role").ifPresent(e -> fields.error(e.value(), "unknown role '" + text
                        + "' for speaker '" + id + "'; use interviewer, interviewee or other"));
            }
            return parsed;
        });
        String person = fields.text("person").orElse(null);
        if (person != null && !people.containsKey(person)) {
            fields.entry("person").ifPresent(e -> fields.error(e.value(), "unknown person '" + person + "'"
                    + NearestName.hint(person, people.keySet()) + "; people are declared in people.yaml"));
        }
        if (name.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(id, name.get(), role.get(), person != null && people.containsKey(person) ? person : null));
    }

    private static String slug(Path path, Fields fields, Slugs slugs) {
        Optional<String> explicit = fields.text("slug").map(text -> Normalizer.normalize(text, Normalizer.Form.NFC));
        if (explicit.isPresent()) {
            int bytes = explicit.get().getBytes(StandardCharsets.UTF_8).length;
            if (slugs.isSlug(explicit.get()) && bytes <= MAX_SLUG) {
                return explicit.get();
            }
            if (slugs.isSlug(explicit.get())) {
                fields.entry("slug").ifPresent(e -> fields.error(e.value(), "slug is " + bytes
                        + (bytes == explicit.get().length() ? " characters" : " bytes (UTF-8)") + " long; keep it to "
                        + MAX_SLUG + " or fewer"));
                return null;
            }
            fields.entry("slug").ifPresent(e -> fields.error(e.value(), "slug '" + explicit.get()
                    + "' must be " + slugs.describe() + " (no '/', '.' or spaces)"));
            return null;
        }
        return fromFileName(path.getFileName().toString(), slugs);
    }

    /**
     * The default slug: the file name without {@code .md} and a leading date, made a slug; a name with no
     * letter or digit gives {@code interview-} and a hash of the name.
     */
    static String fromFileName(String fileName, Slugs slugs) {
        String base = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        base = LEADING_DATE.matcher(base).replaceFirst("");
        return slugs.orFallback(base, "interview");
    }
}
