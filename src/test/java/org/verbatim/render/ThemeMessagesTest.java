package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The default theme's UI strings are complete in every language it ships. */
class ThemeMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("templates/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties english = load("messages.properties");
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("#\\{(ui\\.[A-Za-z.]+)");
        try (var templates = Files.list(Path.of("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = key.matcher(Files.readString(template));
                while (matcher.find()) {
                    assertThat(english.getProperty(matcher.group(1))).as(template + " uses " + matcher.group(1)).isNotNull();
                }
            }
        }
    }
}
