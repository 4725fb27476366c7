package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.verbatim.build.TestSite;

/**
 * Compiled paths answer exactly as Thymeleaf's own OGNL evaluator answers, unpatched: on every page of real
 * sites, and case by case on what OGNL does differently for maps, lists, overloaded methods, nulls and failures;
 * they hand OGNL everything outside the path grammar; and nothing in OGNL's JVM-wide registry is changed.
 */
class PropertyPathEvaluatorTest {
    /** The sites rendered both ways: the seed interview, the tagging corpus, a bilingual site, every element. */
    private static final List<Path> SITES = List.of(Path.of("content"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/bilingual"), Path.of("src/test/resources/every-element"));

    /**
     * Every template of the theme, and the files rendered from it (layout.html is around every page): a template
     * added to the theme fails the test until it is listed here, so none goes uncompared.
     */
    private static final Map<String, String> FILES_OF_TEMPLATE = Map.ofEntries(
            Map.entry("layout.html", "index\\.html"),
            Map.entry("home.html", "index\\.html"),
            Map.entry("interview.html", "interviews/[^/]+/index\\.html"),
            Map.entry("topics.html", "topics/index\\.html"),
            Map.entry("topic.html", "topics/[^/]+/index\\.html"),
            Map.entry("people.html", "people/index\\.html"),
            Map.entry("person.html", "people/[^/]+/index\\.html"),
            Map.entry("search.html", "search/index\\.html"),
            Map.entry("404.html", "404\\.html"),
            Map.entry("feed.xml", "feed\\.xml"),
            Map.entry("sitemap.xml", "sitemap\\.xml"));

    @Test
    void everyTemplateRendersOnRealSitesExactlyAsPlainThymeleafRendersIt() throws IOException {
        try (var files = Files.list(TestSite.THEME)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .as("templates in %s", TestSite.THEME).containsExactlyInAnyOrderElementsOf(FILES_OF_TEMPLATE.keySet());
        }
        Set<String> rendered = new TreeSet<>();
        List<String> differences = new ArrayList<>();
        for (Path site : SITES) {
            for (RenderedSite.Variant variant : RenderedSite.Variant.values()) {
                Map<String, String> compiled = RenderedSite.render(site, variant, new TemplateRenderer(TestSite.THEME));
                Map<String, String> reference = RenderedSite.render(site, variant, new TemplateRenderer(TestSite.THEME,
                        new ThemeMessages(TestSite.THEME), new StandardDialect().getVariableExpressionEvaluator()));
                assertThat(compiled.keySet()).as("%s (%s)", site, variant).isEqualTo(reference.keySet());
                compiled.forEach((path, text) -> firstDifference(text, reference.get(path))
                        .ifPresent(difference -> differences.add(site + " (" + variant + ") " + path + ": " + difference)));
                rendered.addAll(compiled.keySet());
            }
        }
        assertThat(differences).isEmpty();
        FILES_OF_TEMPLATE.forEach((template, files) -> assertThat(rendered).as("files rendered from " + template)
                .anyMatch(path -> path.matches(files)));
    }

    @Test
    void buildingChangesNothingInOgnlsRegistryForTheWholeJvm() throws OgnlException {
        RenderedSite.render(Path.of("content"), RenderedSite.Variant.BUILD, new TemplateRenderer(TestSite.THEME));
        for (Class<?> type : List.of(Record.class, Enum.class, Object.class, Passage.class, Role.class)) {
            assertThat(OgnlRuntime.getPropertyAccessor(type).getClass()).as("OGNL's accessor for %s", type)
                    .isEqualTo(ObjectPropertyAccessor.class);
        }
    }

    /** Where two renderings part, line by line, or empty when they are the same. */
    private static Optional<String> firstDifference(String compiled, String reference) {
        if (compiled.equals(reference)) {
            return Optional.empty();
        }
        List<String> ours = compiled.lines().toList();
        List<String> theirs = reference.lines().toList();
        for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
            String a = i < ours.size() ? ours.get(i) : "(end)";
            String b = i < theirs.size() ? theirs.get(i) : "(end)";
            if (!a.equals(b)) {
                return Optional.of("line " + (i + 1) + ": compiled paths give\n    " + a + "\n  plain Thymeleaf gives\n    " + b);
            }
        }
        return Optional.of("line endings differ");
    }

    public enum Role { INTERVIEWER, INTERVIEWEE; public String key() { return name().toLowerCase(Locale.ROOT); } }

    public record Speaker(String name, Role role) {
    }

    public record Passage(String id, int number, Speaker speaker, List<String> topics, String summary) {
        public String label(String prefix, int count) {
            return prefix + " " + id + "/" + count;
        }

        /** A custom accessor: OGNL calls it rather than reading the field. */
        @Override
        public String summary() {
            return summary == null ? null : summary.strip();
        }
    }

    /** A JavaBean with the cases where OGNL's choice is not obvious; it counts what is called on it. */
    public static final class Links {
        private final List<String> calls = new ArrayList<>();

        public String getRoot() {
            calls.add("getRoot");
            return "../../";
        }

        public boolean isOffline() {
            return false;
        }

        public String topic(String id) {
            calls.add("topic");
            return getRoot() + "topics/" + id + "/";
        }

        /** Read as the property {@code count}, though not a getter. */
        public int count() {
            calls.add("count");
            return 3;
        }

        /** Both {@code name()} and {@code getName()}: OGNL prefers the getter. */
        public String name() {
            return "name()";
        }

        public String getName() {
            return "getName()";
        }

        /** Overloads: OGNL's choice among them is its own. */
        public String label(Object value) {
            return "object " + value;
        }

        public String label(String value) {
            return "string " + value;
        }

        public String format(int number) {
            return "#" + number;
        }

        public Passage getPassage() {
            calls.add("getPassage");
            return new Passage("t9", 9, null, List.of(), " padded ");
        }

        public String getBroken() {
            calls.add("getBroken");
            throw new IllegalStateException("broken on purpose");
        }
    }

    private static final String TEMPLATE = String.join("\n",
            "<p th:text=\"${passage.id}\"></p>",
            "<p th:text=\"${passage.number}\"></p>",
            "<p th:text=\"${passage.speaker.name}\"></p>",
            "<p th:text=\"${passage.speaker.role.key}\"></p>",
            "<p th:text=\"${passage.speaker.role.key()}\"></p>",
            "<p th:if=\"${!passage.summary.isEmpty()}\" th:text=\"${passage.summary}\"></p>",
            "<p th:if=\"${passage.topics.isEmpty()}\">no topics</p>",
            "<p th:text=\"${passage.topics.size()}\"></p>",
            "<p th:text=\"${passage.topics.size}\"></p>",
            "<a th:each=\"topic : ${passage.topics}\" th:href=\"${links.topic(topic)}\" th:text=\"${topic}\"></a>",
            "<p th:text=\"${links.root}\" th:title=\"${links.offline}\"></p>",
            "<p th:text=\"${passage.label('passage', passage.number)}\"></p>",
            "<p th:text=\"${settings.title}\"></p>",
            "<p th:text=\"${passage.number + 1}\"></p>",
            "<p th:text=\"${'t' + passage.id}\"></p>",
            "<p th:text=\"${missing}\">kept</p>");

    private static Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("passage", new Passage("t7", 7, new Speaker("Marina <Ferrari>", Role.INTERVIEWEE),
                List.of("ai-act", "mistral-ai"), "On \"sovereignty\" & Microsoft"));
        variables.put("orphan", new Passage("t8", 8, null, List.of(), null));
        variables.put("links", new Links());
        variables.put("settings", Map.of("title", "La Tribune's interviews"));
        Map<String, Object> tricky = new LinkedHashMap<>();
        tricky.put("size", "the key size");
        tricky.put("values", "the key values");
        tricky.put("empty", "the key empty");
        tricky.put("isEmpty", "the key isEmpty");
        tricky.put("title", "a title");
        variables.put("tricky", tricky);
        variables.put("none", Map.of());
        variables.put("values", tricky.values());
        variables.put("list", new ArrayList<>(List.of("a", "b")));
        variables.put("fixedList", List.of("a"));
        variables.put("set", new TreeSet<>(Set.of("x")));
        variables.put("fixedSet", Set.of("x"));
        variables.put("text", "hello");
        variables.put("blank", "");
        variables.put("flag", Boolean.TRUE);
        variables.put("nothing", null);
        return variables;
    }

    /**
     * Each case of the conformance check: properties of records, enums, beans (by any case, getter before method),
     * maps (their own names before their keys), lists and sets (mutable and the JDK's fixed ones), strings;
     * method calls (overloads, conversions, null arguments); negation of non-booleans; nulls halfway; failures.
     */
    private static final List<String> CASES = List.of(
            "passage.id", "passage.number", "passage.speaker.name", "passage.speaker.role", "passage.speaker.role.key",
            "passage.speaker.role.name", "passage.speaker.role.name()", "passage.ID", "passage.Number", "passage.summary",
            "passage.topics", "passage.topics.size", "passage.topics.size()", "passage.topics.empty",
            "passage.topics.isEmpty", "passage.topics.isEmpty()", "passage.label('x', passage.number)",
            "passage.label('x', passage.id)", "passage.toString()", "passage.hashCode()", "passage.class",
            "links.root", "links.Root", "links.offline", "links.isOffline()", "links.getRoot()", "links.count",
            "links.count()", "links.COUNT()", "links.name", "links.name()", "links.topic('a')", "links.topic(passage.id)",
            "links.topic(passage.number)", "links.topic(nothing)", "links.topic(missing)", "links.label('s')",
            "links.label(passage)", "links.label(passage.number)", "links.format(passage.number)",
            "links.format(passage.id)", "links.format(nothing)", "links.passage.summary", "links.passage.speaker.name",
            "links.passage.unknown", "links.broken", "links.broken.length()", "links.unknown", "links.unknown()",
            "settings.title", "settings.missing", "settings.size", "settings.isEmpty", "settings.empty",
            "settings.size()", "settings.isEmpty()", "settings.keys", "settings.keySet", "settings.values",
            "tricky.size", "tricky.values", "tricky.empty", "tricky.isEmpty", "tricky.keys", "tricky.title",
            "none.empty", "none.isEmpty", "values.size", "values.empty", "values.isEmpty", "values.isEmpty()",
            "list.size", "list.empty", "list.isEmpty", "list.size()", "list.contains('a')", "fixedList.size",
            "fixedList.empty", "fixedList.contains('a')", "fixedList.isEmpty()", "set.size", "set.empty",
            "set.isEmpty", "set.first()", "fixedSet.size", "fixedSet.empty", "fixedSet.isEmpty",
            "fixedSet.contains('x')", "text.length", "text.length()", "text.empty", "text.isEmpty()",
            "text.toUpperCase()", "text.concat('!')", "text.concat(text)", "text.concat(nothing)", "text.bytes.length",
            "blank.isEmpty()", "blank.empty", "flag", "!flag", "!text", "!blank", "!passage.number", "!nothing",
            "!missing", "!passage.topics", "!passage.topics.isEmpty()", "nothing", "nothing.x", "nothing.x.y",
            "nothing.isEmpty()", "orphan.speaker", "orphan.speaker.name", "orphan.speaker.name.length()",
            "orphan.summary", "orphan.summary.isEmpty()", "missing", "missing.x");

    /** What a template shows for an expression, or how it fails: the message Verbatim reports and the root cause. */
    private record Outcome(String text, String failure) {
        static Outcome of(TemplateEngine engine, String expression) {
            try {
                return new Outcome(engine.process("<p th:text=\"${" + expression + "}\"></p>",
                        new Context(Locale.ENGLISH, variables())), null);
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                return new Outcome(null, e.getMessage() + " <- " + root.getClass().getName() + ": " + root.getMessage());
            }
        }
    }

    @Test
    void answersEveryCaseAsUnpatchedOgnlAnswersIt() {
        TemplateEngine ours = engine(new PropertyPathEvaluator(new OGNLVariableExpressionEvaluator(true)));
        TemplateEngine plain = engine(new StandardDialect().getVariableExpressionEvaluator());
        List<String> differences = new ArrayList<>();
        for (String expression : CASES) {
            Outcome expected = Outcome.of(plain, expression);
            Outcome actual = Outcome.of(ours, expression);
            if (!expected.equals(actual)) {
                differences.add(expression + "\n    OGNL:     " + expected + "\n    compiled: " + actual);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void aNullHalfwayFailsAsOgnlFailsWithoutCallingAnythingAgain() {
        String template = "<p th:text=\"${links.passage.speaker.name}\"></p>";
        Links plainLinks = new Links();
        assertThatThrownBy(() -> engine(new StandardDialect().getVariableExpressionEvaluator())
                .process(template, new Context(Locale.ENGLISH, Map.of("links", plainLinks))))
                .hasMessageContaining("links.passage.speaker.name")
                .hasRootCauseMessage("source is null for getProperty(null, \"name\")");
        // Thymeleaf's shortcut reads the getter, gives up, and OGNL reads it again.
        assertThat(plainLinks.calls).containsExactly("getPassage", "getPassage");

        Links links = new Links();
        CountingEvaluator ognl = new CountingEvaluator(new OGNLVariableExpressionEvaluator(true));
        assertThatThrownBy(() -> engine(new PropertyPathEvaluator(ognl))
                .process(template, new Context(Locale.ENGLISH, Map.of("links", links))))
                .isInstanceOf(TemplateProcessingException.class)
                .hasMessageContaining("links.passage.speaker.name")
                .hasRootCauseMessage("source is null for getProperty(null, \"name\")");
        assertThat(links.calls).containsExactly("getPassage");
        assertThat(ognl.expressions).isEmpty();
    }

    @Test
    void anExpressionThatHadToLeaveHalfwayGoesToOgnlFromThenOn() {
        // links.passage is read, then "unknown" is no property of Passage: OGNL evaluates the whole path again.
        String template = "<p th:text=\"${links.passage.unknown}\"></p>";
        Links plainLinks = new Links();
        TemplateEngine plain = engine(new StandardDialect().getVariableExpressionEvaluator());
        Links links = new Links();
        CountingEvaluator ognl = new CountingEvaluator(new OGNLVariableExpressionEvaluator(true));
        TemplateEngine ours = engine(new PropertyPathEvaluator(ognl));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> plain.process(template, new Context(Locale.ENGLISH, Map.of("links", plainLinks))))
                    .hasRootCauseInstanceOf(ognl.NoSuchPropertyException.class);
            assertThatThrownBy(() -> ours.process(template, new Context(Locale.ENGLISH, Map.of("links", links))))
                    .hasRootCauseInstanceOf(ognl.NoSuchPropertyException.class);
        }
        assertThat(links.calls).as("one call more than plain Thymeleaf, on the first evaluation only")
                .hasSize(plainLinks.calls.size() + 1).containsOnly("getPassage");
        assertThat(ognl.expressions).hasSize(3);
    }

    @Test
    void rendersWhatPlainThymeleafRendersAndCallsOgnlOnlyForWhatIsNotAPath() {
        CountingEvaluator ognl = new CountingEvaluator(new OGNLVariableExpressionEvaluator(true));
        String compiled = engine(new PropertyPathEvaluator(ognl)).process(TEMPLATE, new Context(Locale.ENGLISH, variables()));
        String reference = engine(new StandardDialect().getVariableExpressionEvaluator())
                .process(TEMPLATE, new Context(Locale.ENGLISH, variables()));

        assertThat(compiled).isEqualTo(reference)
                .contains("<p>Marina &lt;Ferrari&gt;</p>", "<p>interviewee</p>", "<p>On &quot;sovereignty&quot; &amp; Microsoft</p>",
                        "<a href=\"../../topics/ai-act/\">ai-act</a>", "<p>passage t7/7</p>", "<p>8</p>", "<p>tt7</p>",
                        "<p title=\"false\">../../</p>", "<p>La Tribune&#39;s interviews</p>")
                .doesNotContain("no topics", "kept");
        // Arithmetic, string concatenation and an unknown variable are OGNL's; every plain path is not.
        assertThat(ognl.expressions).containsExactlyInAnyOrder("passage.number + 1", "'t' + passage.id", "missing");
    }

    /** An engine as TemplateRenderer makes one, over template text, with {@code evaluator} for {@code ${…}}. */
    private static TemplateEngine engine(IStandardVariableExpressionEvaluator evaluator) {
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(evaluator);
        engine.setDialect(dialect);
        return engine;
    }

    /** Records which expressions reached OGNL. */
    private static final class CountingEvaluator implements IStandardVariableExpressionEvaluator {
        private final IStandardVariableExpressionEvaluator delegate;
        private final List<String> expressions = new ArrayList<>();

        CountingEvaluator(IStandardVariableExpressionEvaluator delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object evaluate(org.thymeleaf.context.IExpressionContext context,
                               org.thymeleaf.standard.expression.IStandardVariableExpression expression,
                               org.thymeleaf.standard.expression.StandardExpressionExecutionContext expContext) {
            expressions.add(expression.getExpression());
            return delegate.evaluate(context, expression, expContext);
        }
    }
}
