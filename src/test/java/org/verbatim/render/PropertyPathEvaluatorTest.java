package org.verbatim.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Compiled paths give exactly what OGNL gives, and hand OGNL everything outside the path grammar. */
class PropertyPathEvaluatorTest {

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
    void rendersWhatOgnlRendersAndCallsOgnlOnlyForWhatIsNotAPath() {
        CountingEvaluator ognl = new CountingEvaluator(new OGNLVariableExpressionEvaluator(true));
        String compiled = engine(new PropertyPathEvaluator(ognl)).process(TEMPLATE, new Context(Locale.ENGLISH, variables()));
        String reference = engine(new OGNLVariableExpressionEvaluator(true))
                .process(TEMPLATE, new Context(Locale.ENGLISH, variables()));

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
