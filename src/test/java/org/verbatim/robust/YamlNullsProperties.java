package org.verbatim.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.verbatim.build.TestSite;

/**
 * YAML's null ({@code ~}, {@code null}, or nothing after the colon), in every key of every YAML file a site has
 * and in list items: it counts as "not given", so a build either succeeds or reports {@code path:line:col}
 * problems with exit 1 — never an internal error. Every case is tried (exhaustive generation).
 */
class YamlNullsProperties {
    private static final Pattern DIAGNOSTIC = Pattern.compile("^.+:\\d+:\\d+: .+$");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*[^\\s:#][^:]*:)\\s+(\\S.*)$");
    private static final Pattern FLOW_ITEM = Pattern.compile("\\[([^\\],]+)");

    static final Map<String, String> FILES = Map.of(
            "site.yaml", """
                    title: Nulls
                    description: A site
                    baseUrl: https://example.org/
                    language: en
                    editorNote: brackets
                    unsafeHtml: false
                    slugs: ascii
                    params:
                      a: 1
                      b: [x, y]
                    """,
            "topics.yaml", """
                    ai-act:
                      label: AI Act
                      description: The regulation.
                      aliases: [AI Act, Artificial Intelligence Act]
                      seeAlso: [microsoft]
                    microsoft:
                      label: Microsoft
                    the-act:
                      see: ai-act
                    """,
            "people.yaml", """
                    ada-lovelace:
                      name: Ada Lovelace
                      description: A mathematician
                    """,
            "interviews/2024-03-01-ada.md", """
                    ---
                    title: A valid interview
                    subtitle: With a subtitle
                    date: 2024-03-01
                    slug: ada
                    summary: A summary.
                    publication: The Paper
                    language: en
                    translationOf: fr
                    translations: [ada]
                    credits: By someone
                    speakers:
                      Q: { name: The Paper, role: interviewer }
                      A:
                        name: Ada Lovelace
                        role: interviewee
                        person: ada-lovelace
                    topics: [ai-act]
                    draft: false
                    source: https://example.org/original
                    params:
                      x: 1
                      list: [a, b]
                    ---

                    Q: A question about the AI Act?

                    A: An answer.
                    """);

    /** One change: in {@code file}, line {@code line} (0-based) becomes {@code text}. */
    record Case(String file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + (line + 1) + " -> " + text;
        }
    }

    private static Path temp;
    private static int run;

    @BeforeContainer
    static void createFolder() throws IOException {
        temp = Files.createTempDirectory("verbatim-nulls");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aNullAnywhereIsAbsentOrALocatedProblemNeverACrash(@ForAll("nulls") Case change) {
        TestSite site = new TestSite(temp.resolve("run-" + run++));
        FILES.forEach((file, text) -> {
            if (!file.equals(change.file())) {
                site.file(file, text);
            }
        });
        List<String> lines = new ArrayList<>(List.of(FILES.get(change.file()).split("\n", -1)));
        lines.set(change.line(), change.text());
        site.file(change.file(), String.join("\n", lines));

        TestSite.Run result = site.build();

        assertThat(result.exit()).as(result.err()).isIn(0, 1);
        assertThat(result.err()).doesNotContain("internal error").doesNotContain("Exception");
        if (result.exit() == 1) {
            for (String line : result.err().strip().split("\n")) {
                assertThat(line).as(result.err()).matches(l -> DIAGNOSTIC.matcher(l).matches()
                        || l.startsWith("verbatim: ") && l.contains("problem(s) found"), "a located problem");
            }
        }
    }

    /** Every key's value and every first list item of every file, as {@code ~}, {@code null} and nothing. */
    @Provide
    Arbitrary<Case> nulls() {
        List<Case> cases = new ArrayList<>();
        FILES.forEach((file, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher keyValue = KEY_VALUE.matcher(lines[i]);
                if (keyValue.matches() && !lines[i].strip().equals("---")) {
                    for (String spelling : List.of(" ~", " null", "")) {
                        cases.add(new Case(file, i, keyValue.group(1) + spelling));
                    }
                }
                Matcher item = FLOW_ITEM.matcher(lines[i]);
                if (item.find()) {
                    cases.add(new Case(file, i, lines[i].substring(0, item.start(1)) + "~" + lines[i].substring(item.end(1))));
                }
            }
        });
        return Arbitraries.of(cases);
    }
}
