package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.context.ITemplateContext;
import org.verbatim.build.TestSite;

/**
 * The default theme's UI strings are complete in every language it ships: every key a page asks for, whether a
 * template names it or the Java writers ask for it (the conversation, the topic map, topic passages), is in every
 * bundle. Each bundle is read on its own here: when rendering, a key missing from {@code messages_fr.properties}
 * silently falls back to English, so a French page would show English words and nothing would fail.
 */
class ThemeMessagesTest {
    private static final Path BUNDLES = TestSite.THEME.resolve("i18n");

    /** Sites whose pages are rendered, between them in both shipped languages. */
    private static final List<Path> SITES = List.of(Path.of("content"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/bilingual"));

    @TempDir
    Path temp;

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Every bundle of the theme by file name, each without the fallback rendering gives it. */
    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        try (var files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages(_\\w+)?\\.properties")).toList()) {
                bundles.put(file.getFileName().toString(), load(file.getFileName().toString()));
            }
        }
        assertThat(bundles).containsKeys("messages.properties", "messages_fr.properties");
        return bundles;
    }

    private static void assertEveryBundleHas(Set<String> keys, String askedBy) throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        bundles().forEach((name, bundle) -> {
            Set<String> lacking = new TreeSet<>(keys);
            lacking.removeAll(bundle.stringPropertyNames());
            if (!lacking.isEmpty()) {
                missing.put(name, lacking);
            }
        });
        assertThat(missing).as("keys asked for by %s, missing from a bundle", askedBy).isEmpty();
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    /** Reads the templates themselves, so that branches no test site reaches are checked too. */
    @Test
    void everyKeyATemplateNamesIsInEveryBundle() throws IOException {
        Pattern key = Pattern.compile("#\\{(ui\\.[A-Za-z.]+)");
        Set<String> named = new TreeSet<>();
        try (var templates = Files.list(TestSite.THEME)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml")).toList()) {
                Matcher matcher = key.matcher(Files.readString(template));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertEveryBundleHas(named, "the templates");
    }

    /**
     * Renders real sites, every page, recording each key looked up: those the Java writers ask for, which no
     * template names, and those a template puts together at run time ({@code 'ui.role.' + role}).
     */
    @Test
    void everyKeyThePagesAskForIsInEveryBundle() throws IOException {
        RecordingMessages messages = new RecordingMessages(TestSite.THEME);
        for (Path site : sites()) {
            for (RenderedSite.Variant variant : RenderedSite.Variant.values()) {
                RenderedSite.render(site, variant, new TemplateRenderer(TestSite.THEME, messages));
            }
        }
        assertThat(messages.asked).isNotEmpty();
        assertEveryBundleHas(messages.asked, "the rendered pages");
        // What build and check look for before rendering, so that a theme's page never shows ??key??.
        assertThat(ThemeMessageCheck.ASKED_BY_JAVA).as("keys the missing-message check knows Java asks for")
                .containsAll(messages.askedByJava);
    }

    /** The sites in the test resources, and one with what they lack: a draft, and a speaker of each role. */
    private List<Path> sites() {
        TestSite everyRole = TestSite.minimal(temp).file("interviews/2024-04-01-roundtable.md", """
                ---
                title: A round table
                date: 2024-04-01
                speakers:
                  Q: { name: The Paper, role: interviewer }
                  A: { name: Ada Lovelace, role: interviewee }
                  M: { name: A Moderator, role: other }
                ---
                Q: A question about the AI Act?

                M: A word from the moderator.

                A: An answer.
                """).file("interviews/2024-04-02-draft.md", """
                ---
                title: Not yet published
                date: 2024-04-02
                draft: true
                speakers:
                  A: { name: Ada Lovelace, role: interviewee }
                ---
                A: Soon.
                """).write();
        return java.util.stream.Stream.concat(SITES.stream(), java.util.stream.Stream.of(everyRole.content())).toList();
    }

    /** The theme's messages, noting every key asked for, by a template or by Java. */
    private static final class RecordingMessages extends ThemeMessages {
        final Set<String> asked = ConcurrentHashMap.newKeySet();
        final Set<String> askedByJava = ConcurrentHashMap.newKeySet();

        RecordingMessages(Path templates) {
            super(templates);
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            asked.add(key);
            return super.resolveMessage(context, origin, key, arguments);
        }

        @Override
        String message(String language, String key, Object... arguments) {
            asked.add(key);
            askedByJava.add(key);
            return super.message(language, key, arguments);
        }
    }
}
