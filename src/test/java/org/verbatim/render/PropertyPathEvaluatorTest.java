package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.verbatim.build.TestSite;
import org.verbatim.index.SiteIndex;

/**
 * Compiled paths give exactly what plain Thymeleaf gives, on every page of real sites, and hand OGNL everything
 * outside the path grammar.
 *
 * <p>The reference is Thymeleaf's standard dialect with its own OGNL evaluator and nothing of Verbatim's: not
 * {@link PropertyPathEvaluator}, and not {@link RecordPropertyAccessor} either. OGNL keeps its property accessors
 * in one registry for the whole JVM, caching the answer per class, and every {@link TemplateRenderer} installs
 * Verbatim's accessor there; so the reference runs in a class loader of its own ({@link PlainThymeleaf}), where
 * OGNL, Thymeleaf and Verbatim are loaded afresh and the accessor is never installed.
 */
class PropertyPathEvaluatorTest {
    /** The sites rendered both ways: the seed interview, the tagging corpus, and a bilingual site. */
    private static final List<Path> SITES = List.of(Path.of("content"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/bilingual"));

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

    private static URLClassLoader isolated;
    private static PlainThymeleaf.Api plain;

    @BeforeAll
    static void loadPlainThymeleaf() throws Exception {
        List<URL> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toUri().toURL());
        }
        // Parent: the platform loader, so only the JDK is shared; everything on the class path is loaded again.
        isolated = new URLClassLoader("plain-thymeleaf", classPath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        plain = PlainThymeleaf.Api.loadedBy(isolated);
    }

    @AfterAll
    static void closeLoader() throws IOException {
        isolated.close();
    }

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
                // Enums are not shared with the other loader; the variant goes across by name.
                Map<String, String> reference = plain.render(site, variant.name());
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

    /**
     * Plain Thymeleaf, meant to be loaded by {@link #isolated}: its classes (and the records it renders) are not the
     * test's, so the test calls it through JDK interfaces only.
     */
    static final class PlainThymeleaf {
        private PlainThymeleaf() {
        }

        /** A site's files rendered with the standard dialect's own evaluator in place of compiled paths. */
        public static final class Site implements BiFunction<Path, String, Map<String, String>> {
            @Override
            public Map<String, String> apply(Path content, String variant) {
                TemplateRenderer renderer = new TemplateRenderer(TestSite.THEME, new ThemeMessages(TestSite.THEME),
                        new StandardDialect().getVariableExpressionEvaluator());
                Map<String, String> files = RenderedSite.render(content, RenderedSite.Variant.valueOf(variant), renderer);
                assertPlain();
                return files;
            }
        }

        /** {@link #TEMPLATE}-like text with {@link #variables()}, on an engine with Thymeleaf's defaults throughout. */
        public static final class Template implements Function<String, String> {
            @Override
            public String apply(String template) {
                TemplateEngine engine = new TemplateEngine();
                engine.setTemplateResolver(new StringTemplateResolver());
                String html = engine.process(template, new Context(Locale.ENGLISH, variables()));
                assertPlain();
                return html;
            }
        }

        /** Proof that nothing installed Verbatim's accessor in this loader's OGNL. */
        private static void assertPlain() {
            try {
                if (OgnlRuntime.getPropertyAccessor(Record.class) instanceof RecordPropertyAccessor) {
                    throw new IllegalStateException("the reference OGNL reads records with Verbatim's accessor");
                }
            } catch (OgnlException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The test's side: the two renderings, loaded by {@code loader}. */
        record Api(BiFunction<Path, String, Map<String, String>> site, Function<String, String> template) {
            @SuppressWarnings("unchecked")
            static Api loadedBy(ClassLoader loader) throws ReflectiveOperationException {
                Object site = loader.loadClass(Site.class.getName()).getConstructor().newInstance();
                Object template = loader.loadClass(Template.class.getName()).getConstructor().newInstance();
                if (site.getClass() == Site.class) {
                    throw new IllegalStateException("the reference was not loaded afresh");
                }
                return new Api((BiFunction<Path, String, Map<String, String>>) site, (Function<String, String>) template);
            }

            Map<String, String> render(Path content, String variant) {
                return site.apply(content, variant);
            }

            String process(String text) {
                return template.apply(text);
            }
        }
    }

    public enum Role { INTERVIEWER, INTERVIEWEE; public String key() { return name().toLowerCase(Locale.ROOT); } }

    public record Speaker(String name, Role role) {
    }

    public record Passage(String id, int number, Speaker speaker, List<String> topics, String summary) {
        public String label(String prefix, int count) {
            return prefix + " " + id + "/" + count;
        }
    }

    /** A JavaBean, read through its getters as OGNL reads them. */
    public static final class Links {
        public String getRoot() {
            return "../../";
        }

        public boolean isOffline() {
            return false;
        }

        public String topic(String id) {
            return getRoot() + "topics/" + id + "/";
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
        return Map.of("passage", new Passage("t7", 7, new Speaker("Marina <Ferrari>", Role.INTERVIEWEE),
                        List.of("ai-act", "mistral-ai"), "On \"sovereignty\" & Microsoft"),
                "links", new Links(),
                "settings", Map.of("title", "La Tribune's interviews"));
    }

    @Test
    void rendersWhatPlainThymeleafRendersAndCallsOgnlOnlyForWhatIsNotAPath() {
        CountingEvaluator ognl = new CountingEvaluator(new OGNLVariableExpressionEvaluator(true));
        String compiled = engine(new PropertyPathEvaluator(ognl)).process(TEMPLATE, new Context(Locale.ENGLISH, variables()));
        String reference = plain.process(TEMPLATE);

        assertThat(compiled).isEqualTo(reference)
                .contains("<p>Marina &lt;Ferrari&gt;</p>", "<p>interviewee</p>", "<p>On &quot;sovereignty&quot; &amp; Microsoft</p>",
                        "<a href=\"../../topics/ai-act/\">ai-act</a>", "<p>passage t7/7</p>", "<p>8</p>", "<p>tt7</p>",
                        "<p title=\"false\">../../</p>", "<p>La Tribune&#39;s interviews</p>")
                .doesNotContain("no topics", "kept");
        // Arithmetic, string concatenation and an unknown variable are OGNL's; every plain path is not.
        assertThat(ognl.expressions).containsExactlyInAnyOrder("passage.number + 1", "'t' + passage.id", "missing");
    }

    @Test
    void aNullHalfwayAlongAPathFailsWithOgnlsOwnMessage() {
        String template = "<p th:text=\"${passage.speaker.name}\"></p>";
        Map<String, Object> variables = Map.of("passage", new Passage("t1", 1, null, List.of(), ""));
        TemplateEngine engine = engine(new PropertyPathEvaluator(new OGNLVariableExpressionEvaluator(true)));

        assertThatThrownBy(() -> engine.process(template, new Context(Locale.ENGLISH, variables)))
                .isInstanceOf(TemplateProcessingException.class)
                .hasMessageContaining("passage.speaker.name");
    }

    /** An engine as TemplateRenderer makes one: compiled paths, and OGNL with Verbatim's accessor for the rest. */
    private static TemplateEngine engine(IStandardVariableExpressionEvaluator evaluator) {
        RecordPropertyAccessor.install();
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
