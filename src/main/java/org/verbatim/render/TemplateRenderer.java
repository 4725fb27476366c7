package org.verbatim.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** The Thymeleaf engine over a theme folder, built once per build; templates are parsed once and cached. */
public final class TemplateRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    public TemplateRenderer(Path templates) {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new ThemeMessages(templates));
    }

    /** Renders template {@code name} (without {@code .html}) in the given language. */
    public String render(String name, Locale locale, Map<String, Object> variables) {
        return engine.process(name, new Context(locale, variables));
    }
}
