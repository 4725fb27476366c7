package org.verbatim.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * UI strings for {@code #{…}} expressions, read from the theme's {@code i18n/messages_<lang>.properties}
 * (UTF-8) with {@code messages.properties} as the fallback, so a theme can translate or reword its pages.
 */
class ThemeMessages extends AbstractMessageResolver {  // not final: a test subclass records the keys pages ask for
    private final Path folder;
    private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();
    /**
     * Parsed patterns, one set per rendering thread: MessageFormat is not thread-safe, and one shared instance behind
     * a lock made the threads wait for each other on every passage number and back-link label.
     */
    private final ThreadLocal<Map<String, java.text.MessageFormat>> formats = ThreadLocal.withInitial(java.util.HashMap::new);

    ThemeMessages(Path templates) {
        this.folder = templates.resolve("i18n");
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
        return formatted(context.getLocale() == null ? "" : context.getLocale().getLanguage(), key, arguments);
    }

    /** The message {@code key} in {@code language}, shown as {@code ??key??} when missing. */
    String message(String language, String key, Object... arguments) {
        String message = formatted(language, key, arguments);
        return message == null ? "??" + key + "??" : message;
    }

    /** The message's pattern in {@code language}, with the fallback rendering uses; null when there is none. */
    String lookup(String language, String key) {
        return messages(language).getProperty(key);
    }

    private String formatted(String language, String key, Object[] arguments) {
        String pattern = lookup(language, key);
        if (pattern == null || arguments == null || arguments.length == 0) {
            return pattern;
        }
        return formats.get().computeIfAbsent(language + "|" + key,
                k -> new java.text.MessageFormat(pattern, Locale.forLanguageTag(language))).format(arguments);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] arguments) {
        return "??" + key + "??";
    }

    private Properties messages(String language) {
        return byLanguage.computeIfAbsent(language.toLowerCase(Locale.ROOT), lang -> {
            Properties fallback = load(folder.resolve("messages.properties"), new Properties());
            return lang.isEmpty() ? fallback : load(folder.resolve("messages_" + lang + ".properties"), fallback);
        });
    }

    private static Properties load(Path file, Properties defaults) {
        Properties properties = new Properties(defaults);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }
}
