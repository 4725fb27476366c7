package org.verbatim.render;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.verbatim.model.Diagnostic;
import org.verbatim.render.partials.Partials;

/**
 * The Thymeleaf engine over a theme folder, built once per build; templates are parsed once and cached.
 * Names ending in {@code .xml} (feed, sitemap) are XML templates; any other name is an HTML page template.
 */
public final class TemplateRenderer {
    private final TemplateEngine engine = new TemplateEngine();
    private final Path folder;
    private final ThemeMessages messages;
    private final ThemePartials partials;

    public TemplateRenderer(Path templates) {
        this(templates, new ThemeMessages(templates));
    }

    /**
     * The engine over {@code templates} with every partial rendered from its template, even where the Java writer
     * would do, so tests and benchmarks can compare the two.
     */
    public static TemplateRenderer withTemplatePartials(Path templates) {
        return new TemplateRenderer(templates, new ThemeMessages(templates), compiledPaths(), true);
    }

    /** The engine with the theme's messages read through {@code messages} (tests record the keys asked for). */
    TemplateRenderer(Path templates, ThemeMessages messages) {
        this(templates, messages, compiledPaths());
    }

    /**
     * The engine with {@code evaluator} for {@code ${…}} expressions in place of {@link PropertyPathEvaluator}
     * (tests render with plain Thymeleaf to compare); nothing is installed in OGNL.
     */
    TemplateRenderer(Path templates, ThemeMessages messages, IStandardVariableExpressionEvaluator evaluator) {
        this(templates, messages, evaluator, false);
    }

    private TemplateRenderer(Path templates, ThemeMessages messages, IStandardVariableExpressionEvaluator evaluator,
                             boolean templatePartials) {
        this.folder = templates.toAbsolutePath();
        this.messages = messages;
        FileTemplateResolver xml = resolver(templates, TemplateMode.XML, "");
        xml.setResolvablePatterns(Set.of("*.xml"));
        xml.setOrder(1);
        FileTemplateResolver html = resolver(templates, TemplateMode.HTML, ".html");
        html.setOrder(2);
        html.setCheckExistence(true);
        // A theme without partials/ (or without some) gets the built-in ones.
        ClassLoaderTemplateResolver builtInPartials = new ClassLoaderTemplateResolver(TemplateRenderer.class.getClassLoader());
        builtInPartials.setPrefix(ThemePartials.BUILT_IN_THEME);
        builtInPartials.setSuffix(".html");
        builtInPartials.setResolvablePatterns(Set.of("partials/*"));
        builtInPartials.setTemplateMode(TemplateMode.HTML);
        builtInPartials.setCharacterEncoding("UTF-8");
        builtInPartials.setCacheable(true);
        builtInPartials.setOrder(3);
        engine.addTemplateResolver(xml);
        engine.addTemplateResolver(html);
        engine.addTemplateResolver(builtInPartials);
        engine.setMessageResolver(messages);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(evaluator);
        engine.setDialect(dialect);
        this.partials = templatePartials ? ThemePartials.allFromTemplates(this) : ThemePartials.of(folder, this);
    }

    /**
     * The UI strings that pages in {@code languages} would lack, each a problem at the bundle that should have it:
     * a page never shows {@code ??key??}.
     */
    public List<Diagnostic> missingMessages(Set<String> languages) {
        return new ThemeMessageCheck(folder, messages).missing(languages);
    }

    /** The theme's partials, each from its Java writer unless the theme changed its template. */
    public Partials partials() {
        return partials;
    }

    /** Plain paths compiled, the rest to Thymeleaf's own OGNL evaluator, unchanged. */
    private static IStandardVariableExpressionEvaluator compiledPaths() {
        return new PropertyPathEvaluator(new OGNLVariableExpressionEvaluator(true));
    }

    private static FileTemplateResolver resolver(Path templates, TemplateMode mode, String suffix) {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toAbsolutePath() + "/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        return resolver;
    }

    /** The theme's message {@code key} in {@code language}, for text written outside templates. */
    public String message(String language, String key, Object... arguments) {
        return messages.message(language, key, arguments);
    }

    /** Renders an HTML page: its template gets the frame's variables and the view's, each component by name. */
    public String render(PageView.Frame frame, PageView page, Locale locale) {
        return render(page.template(), locale, variables(frame, (Record) page));
    }

    /** Renders to {@code out} as the template is processed, for files that grow with the archive (the sitemap). */
    public void render(PageView page, Locale locale, java.io.Writer out) {
        try {
            engine.process(page.template(), new Context(locale, variables((Record) page)), out);
        } catch (TemplateProcessingException e) {
            throw located(page.template(), e);
        }
    }

    /** Renders template {@code name} (without {@code .html}, or with {@code .xml}) in the given language. */
    String render(String name, Locale locale, Map<String, Object> variables) {
        try {
            return engine.process(name, new Context(locale, variables));
        } catch (TemplateProcessingException e) {
            throw located(name, e);
        }
    }

    /** The views' components as template variables, by component name; two views may not share a name. */
    private static Map<String, Object> variables(Record... views) {
        Map<String, Object> variables = new HashMap<>();
        for (Record view : views) {
            for (RecordComponent component : view.getClass().getRecordComponents()) {
                if (variables.containsKey(component.getName())) {
                    throw new IllegalArgumentException("two views name the variable " + component.getName());
                }
                try {
                    variables.put(component.getName(), component.getAccessor().invoke(view));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
        return variables;
    }

    private TemplateError located(String name, TemplateProcessingException e) {
        String template = e.getTemplateName() == null ? name : e.getTemplateName();
        Path file = folder.resolve(template.endsWith(".xml") || template.endsWith(".html") ? template : template + ".html");
        return new TemplateError(file, Math.max(e.getLine() == null ? 1 : e.getLine(), 1),
                Math.max(e.getCol() == null ? 1 : e.getCol(), 1), "template error: " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }
}
