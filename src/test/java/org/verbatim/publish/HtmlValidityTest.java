package org.verbatim.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.build.TestSite;

/** Every generated page passes the Nu Html Checker (the validator behind validator.w3.org/nu) with no error. */
class HtmlValidityTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} {1} pageSize {2}")
    @CsvSource({"content, --drafts, 0", "content, --offline, 0", "src/test/resources/corpus, --drafts, 0",
            "src/test/resources/corpus, --offline, 1", "src/test/resources/bilingual, --drafts, 0",
            "src/test/resources/every-element, --offline, 0"})
    void everyPageHasNoNuHtmlCheckerError(String content, String mode, int pageSize) throws Exception {
        TestSite site = TestSite.copyOf(Path.of(content), temp);
        if (pageSize > 0) {  // every list paginated: home, topic, people and person pages get page navigation
            site.file("site.yaml", Files.readString(Path.of(content, "site.yaml")) + "pageSize: " + pageSize + "\n");
        }
        assertThat(site.build(mode).exit()).isZero();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages++;
                JsonNode report = new ObjectMapper().readTree(validator.validate(page));
                for (JsonNode message : report.path("messages")) {
                    if (message.path("type").asText().equals("error") || message.path("subType").asText().equals("fatal")) {
                        errors.add(site.out().relativize(page) + ":" + message.path("lastLine").asInt() + ": "
                                + message.path("message").asText());
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(8);
        assertThat(errors).isEmpty();
    }

    /** Guards the guard: the checker as configured here does report a broken page. */
    @org.junit.jupiter.api.Test
    void theCheckerReportsAnErrorOnABrokenPage() throws Exception {
        Path broken = temp.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=en><title>x</title><p><li>no list</li><a href=\"#\" role=doc-nope>x</a>");
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        JsonNode report = new ObjectMapper().readTree(validator.validate(broken));
        assertThat(report.path("messages").findValuesAsText("type")).contains("error");
    }
}
