package org.verbatim.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.verbatim.model.Diagnostic;
import org.verbatim.model.Role;

/**
 * Finds the UI strings a site would show as {@code ??key??}: every key the theme's templates name and every key
 * the Java side asks for, looked up in each language the site's pages are in, through the same fallback as
 * rendering ({@code messages_<lang>.properties}, then {@code messages.properties}).
 */
final class ThemeMessageCheck {
    /** The keys asked for outside templates: the conversation, notes, the map, passages, cards, inline notes. */
    static final Set<String> ASKED_BY_JAVA = askedByJava();
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)");

    private final Path theme;
    private final ThemeMessages messages;

    ThemeMessageCheck(Path theme, ThemeMessages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    private static Set<String> askedByJava() {
        Set<String> keys = new TreeSet<>(List.of("ui.permalink", "ui.permalinkSign", "ui.note", "ui.passageTopics",
                "ui.editorsNote", "ui.editorsNoteAbbreviation", "ui.readAlso", "ui.backToText", "ui.backToTextN",
                "ui.topicMap", "ui.passage", "ui.mapStart", "ui.mapEnd", "ui.passageNumber", "ui.topics", "ui.playFrom"));
        for (Role role : Role.values()) {
            keys.add("ui.role." + role.key());
        }
        return Set.copyOf(keys);
    }

    /** One problem per key and language that no bundle answers, at the bundle the key should be added to. */
    List<Diagnostic> missing(Set<String> languages) {
        Map<String, String> needed = neededKeys();
        List<Diagnostic> problems = new ArrayList<>();
        for (String language : new TreeSet<>(languages)) {
            String lang = Locale.forLanguageTag(language).getLanguage();
            Path bundle = bundleFor(lang);
            needed.forEach((key, usedBy) -> {
                if (messages.lookup(lang, key) == null) {
                    problems.add(new Diagnostic(bundle, 1, 1, "message '" + key + "' is missing for language '"
                            + lang + "' (used by " + usedBy + "); add it to " + bundle.getFileName()
                            + (bundle.getFileName().toString().equals("messages.properties") ? ""
                                    : " or to messages.properties")));
                }
            });
        }
        return problems;
    }

    /** Each key needed, with the first template that names it (or "Verbatim" for the keys asked from Java). */
    private Map<String, String> neededKeys() {
        Map<String, String> keys = new TreeMap<>();
        ASKED_BY_JAVA.forEach(key -> keys.put(key, "Verbatim's page writers"));
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml"))
                    .filter(f -> !f.startsWith(theme.resolve("assets"))).sorted().toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                String name = theme.relativize(file).toString().replace('\\', '/');
                while (matcher.find()) {
                    keys.putIfAbsent(matcher.group(1), name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme in " + theme, e);
        }
        return keys;
    }

    private Path bundleFor(String language) {
        Path specific = theme.resolve("i18n").resolve("messages_" + language + ".properties");
        return Files.isRegularFile(specific) ? specific : theme.resolve("i18n").resolve("messages.properties");
    }
}
