package org.verbatim.render;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ognl.OgnlException;
import ognl.OgnlOps;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.util.ExpressionUtils;

/**
 * Evaluates the {@code ${…}} expressions that are plain paths, {@code ${interview.title}},
 * {@code ${!view.topics.isEmpty()}}, {@code ${links.topic(topic.id)}}, with each path parsed once and each
 * accessor found once per class, and answers as OGNL (Thymeleaf's default) answers, which
 * {@code PropertyPathEvaluatorTest} checks case by case against an unpatched engine. A step is taken here only
 * when OGNL's choice is certain: a map's or a list's own properties as OGNL's accessors read them, the one
 * public no-argument method a property name can mean (OGNL matches {@code x()}, {@code getX()} and
 * {@code isX()} ignoring case), the one public method of that name and arity whose parameters take the
 * arguments as they are. Anything else goes to OGNL whole; an expression that once had to leave halfway goes to
 * OGNL from then on, so the accessors before such a step run twice at most once per expression. A null halfway
 * fails with OGNL's own exception. OGNL interprets every step by reflection on every evaluation (its shortcut
 * reads JavaBean getters only, and the views are records), which made it a sixth of a large build.
 */
final class PropertyPathEvaluator implements IStandardVariableExpressionEvaluator {
    private static final Object NOT_A_PATH = new Object();
    /** What a step returns when it cannot go on; the whole expression is then handed to OGNL. */
    private static final Object FAILED = new Object();
    /** What a path returns when its root is not a variable here: nothing ran, OGNL answers. */
    private static final Object NO_ROOT = new Object();

    private final IStandardVariableExpressionEvaluator fallback;
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Optional<Method>>> getters = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Optional<Method>>> methods = new ConcurrentHashMap<>();

    PropertyPathEvaluator(IStandardVariableExpressionEvaluator fallback) {
        this.fallback = fallback;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        Object path = expression.getUseSelectionAsRoot() ? NOT_A_PATH
                : compiled.computeIfAbsent(expression.getExpression(), PathParser::parse);
        if (path instanceof Path parsed) {
            Object result = parsed.evaluate(context, this, expression.getExpression());
            if (result != FAILED && result != NO_ROOT) {
                return expContext.getPerformTypeConversion()
                        ? StandardExpressions.getConversionService(context.getConfiguration())
                                .convert(context, result, String.class)
                        : result;
            }
            if (result == FAILED) {
                compiled.put(expression.getExpression(), NOT_A_PATH);
            }
        }
        return fallback.evaluate(context, expression, expContext);
    }

    /** {@code [!] root(.step)*}: a context variable, then properties or method calls. */
    record Path(boolean negated, String root, List<Step> steps) {
        Object evaluate(IExpressionContext context, PropertyPathEvaluator evaluator, String expression) {
            if (!context.containsVariable(root)) {
                return NO_ROOT;
            }
            Object value = context.getVariable(root);
            for (Step step : steps) {
                if (value == null) {
                    throw nullSource(expression, step);
                }
                value = step.arguments() == null ? evaluator.property(value, step.name())
                        : evaluator.call(context, value, step, expression);
                if (value == FAILED) {
                    return FAILED;
                }
            }
            return negated ? !OgnlOps.booleanValue(value) : value;
        }
    }

    /** What Thymeleaf's OGNL evaluator throws when a step of {@code expression} meets a null. */
    private static TemplateProcessingException nullSource(String expression, Step step) {
        Exception cause = step.arguments() == null
                ? new OgnlException("source is null for getProperty(null, \"" + step.name() + "\")")
                : new NullPointerException("target is null for method " + step.name());
        return new TemplateProcessingException("Exception evaluating OGNL expression: \"" + expression + "\"", cause);
    }

    /** A property ({@code arguments == null}) or a method call with its arguments. */
    record Step(String name, List<Argument> arguments) {
    }

    /** A method argument: a string literal or a path. */
    record Argument(String literal, Path path) {
        Object value(IExpressionContext context, PropertyPathEvaluator evaluator, String expression) {
            return literal != null ? literal : path.evaluate(context, evaluator, expression);
        }
    }

    /** As OGNL's property accessors answer: MapPropertyAccessor, ListPropertyAccessor, SetPropertyAccessor, objects. */
    private Object property(Object target, String name) {
        if (target instanceof Map<?, ?> map) {
            return switch (name) {
                case "size" -> map.size();
                case "keys", "keySet" -> map.keySet();
                case "values" -> map.values();
                case "isEmpty" -> map.isEmpty();
                default -> map.get(name);
            };
        }
        if (target instanceof List<?> list) {
            switch (name) {
                case "size":
                    return list.size();
                case "isEmpty", "empty":
                    return list.isEmpty();
                case "iterator":
                    return FAILED;
                default:
                    break;
            }
        }
        if (target instanceof Set<?> set) {
            switch (name) {
                case "size":
                    return set.size();
                case "isEmpty":
                    return set.isEmpty();
                case "iterator":
                    return FAILED;
                default:
                    break;
            }
        }
        Optional<Method> getter = getters.computeIfAbsent(target.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, property -> findGetter(target, property));
        return getter.isPresent() ? invoke(getter.get(), target) : FAILED;
    }

    private Object call(IExpressionContext context, Object target, Step step, String expression) {
        Object[] values = new Object[step.arguments().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = step.arguments().get(i).value(context, this, expression);
            if (values[i] == FAILED || values[i] == NO_ROOT) {
                return FAILED;
            }
        }
        Optional<Method> method = methods.computeIfAbsent(target.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(step.name() + "/" + values.length, key -> only(findMethods(target,
                        name -> name.equals(step.name()), values.length, true)));
        return method.isPresent() && accepts(method.get().getParameterTypes(), values)
                ? invoke(method.get(), target, values) : FAILED;
    }

    private static boolean accepts(Class<?>[] types, Object[] values) {
        for (int i = 0; i < types.length; i++) {
            if (values[i] == null ? types[i].isPrimitive() : !MethodType.methodType(types[i]).wrap().returnType()
                    .isInstance(values[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
            return FAILED;  // OGNL evaluates it again and reports the problem in its own words
        }
    }

    /** The one public no-argument method OGNL would read as {@code property}: x(), getX() or isX(), any case. */
    private static Optional<Method> findGetter(Object target, String property) {
        return only(findMethods(target, name -> name.equalsIgnoreCase(property) || name.equalsIgnoreCase("get" + property)
                || name.equalsIgnoreCase("is" + property), 0, false).stream().filter(m -> m.getReturnType() != void.class).toList());
    }

    private static Optional<Method> only(List<Method> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Public instance methods of that arity whose name matches, declared by a type other than Object, that
     * Thymeleaf lets templates use ({@link ExpressionUtils#isMemberAllowed}); {@code forCall}: a method of a
     * class that is not public is called through the public type that declares it, as OGNL calls it, where a
     * property is read only when it can be called as it is (OGNL then fails on it).
     */
    private static List<Method> findMethods(Object target, java.util.function.Predicate<String> name, int arity,
                                            boolean forCall) {
        List<Method> found = new ArrayList<>();
        for (Method method : target.getClass().getMethods()) {
            if (name.test(method.getName()) && method.getParameterCount() == arity && !method.isBridge()
                    && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class
                    && method.getDeclaringClass() != Class.class) {
                Method usable = forCall ? accessible(method)
                        : Modifier.isPublic(method.getDeclaringClass().getModifiers()) || method.trySetAccessible()
                        ? method : null;
                if (usable == null || !ExpressionUtils.isMemberAllowed(target, method.getName())) {
                    return List.of();
                }
                found.add(usable);
            }
        }
        return List.copyOf(found);
    }

    /** The method itself when it can be called, else the same method declared by a public supertype. */
    private static Method accessible(Method method) {
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers()) || method.trySetAccessible()) {
            return method;
        }
        for (Class<?> type : supertypes(method.getDeclaringClass())) {
            try {
                Method declared = type.getMethod(method.getName(), method.getParameterTypes());
                if (Modifier.isPublic(declared.getDeclaringClass().getModifiers())) {
                    return declared;
                }
            } catch (NoSuchMethodException e) {
                // not declared on this supertype; try the next
            }
        }
        return null;
    }

    private static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            all.add(current);
            for (Class<?> contract : current.getInterfaces()) {
                all.add(contract);
                all.addAll(supertypes(contract));
            }
        }
        return all;
    }

    /** Parses the path grammar; anything outside it is {@link #NOT_A_PATH}. */
    private static final class PathParser {
        private final String text;
        private int at;

        private PathParser(String text) {
            this.text = text;
        }

        static Object parse(String expression) {
            PathParser parser = new PathParser(expression.strip());
            boolean negated = parser.accept('!');
            Path path = parser.path(negated);
            return path != null && parser.at == parser.text.length() ? path : NOT_A_PATH;
        }

        private Path path(boolean negated) {
            skipSpaces();
            String root = identifier();
            if (root == null || root.equals("param") || root.equals("session") || root.equals("application")) {
                return null;  // Thymeleaf restricts these in some places; leave them to OGNL
            }
            List<Step> steps = new ArrayList<>();
            while (accept('.')) {
                String name = identifier();
                if (name == null) {
                    return null;
                }
                List<Argument> arguments = null;
                if (accept('(')) {
                    arguments = arguments();
                    if (arguments == null) {
                        return null;
                    }
                }
                steps.add(new Step(name, arguments == null ? null : List.copyOf(arguments)));
            }
            skipSpaces();
            return new Path(negated, root, List.copyOf(steps));
        }

        private List<Argument> arguments() {
            List<Argument> arguments = new ArrayList<>();
            skipSpaces();
            if (accept(')')) {
                return arguments;
            }
            do {
                skipSpaces();
                Argument argument;
                if (at < text.length() && text.charAt(at) == '\'') {
                    int end = text.indexOf('\'', at + 1);
                    // OGNL reads '' and 'x' as characters, not strings; and escapes are its own
                    if (end < at + 3 || text.substring(at + 1, end).indexOf('\\') >= 0) {
                        return null;
                    }
                    argument = new Argument(text.substring(at + 1, end), null);
                    at = end + 1;
                } else {
                    Path path = path(false);
                    if (path == null) {
                        return null;
                    }
                    argument = new Argument(null, path);
                }
                arguments.add(argument);
                skipSpaces();
            } while (accept(','));
            return accept(')') ? arguments : null;
        }

        private String identifier() {
            int start = at;
            while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at)) && text.charAt(at) != '$')) {
                at++;
            }
            if (start == at || !Character.isJavaIdentifierStart(text.charAt(start))) {
                return null;
            }
            String name = text.substring(start, at);
            return name.equals("true") || name.equals("false") || name.equals("null") || name.equals("new")
                    ? null : name;
        }

        private boolean accept(char expected) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == expected) {
                at++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
