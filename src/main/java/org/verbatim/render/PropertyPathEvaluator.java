package org.verbatim.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the {@code ${…}} expressions that are plain paths, {@code ${interview.title}},
 * {@code ${!view.topics.isEmpty()}}, {@code ${links.topic(topic.id)}}, with each path parsed once and each
 * accessor found once per class; anything else, and any path that meets a null or a failure, goes to OGNL, so
 * results and error messages stay OGNL's. OGNL interprets every step by reflection on every evaluation (its own
 * shortcut does not apply to records), which made it a quarter of a large build.
 */
final class PropertyPathEvaluator implements IStandardVariableExpressionEvaluator {
    private static final Object NOT_A_PATH = new Object();
    /** What a step returns when it cannot go on; the whole expression is then handed to OGNL (getters run again). */
    private static final Object FAILED = new Object();

    private final IStandardVariableExpressionEvaluator fallback;
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Optional<Method>>> getters = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, List<Method>>> methods = new ConcurrentHashMap<>();

    PropertyPathEvaluator(IStandardVariableExpressionEvaluator fallback) {
        this.fallback = fallback;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        Object path = expression.getUseSelectionAsRoot() ? NOT_A_PATH
                : compiled.computeIfAbsent(expression.getExpression(), PathParser::parse);
        if (path instanceof Path parsed) {
            Object result = parsed.evaluate(context, this);
            if (result != FAILED) {
                return expContext.getPerformTypeConversion()
                        ? StandardExpressions.getConversionService(context.getConfiguration())
                                .convert(context, result, String.class)
                        : result;
            }
        }
        return fallback.evaluate(context, expression, expContext);
    }

    /** {@code [!] root(.step)*}: a context variable, then properties or method calls. */
    record Path(boolean negated, String root, List<Step> steps) {
        Object evaluate(IExpressionContext context, PropertyPathEvaluator evaluator) {
            if (!context.containsVariable(root)) {
                return FAILED;
            }
            Object value = context.getVariable(root);
            for (Step step : steps) {
                if (value == null) {
                    return FAILED;
                }
                value = step.arguments() == null ? evaluator.property(value, step.name())
                        : evaluator.call(context, value, step);
                if (value == FAILED) {
                    return FAILED;
                }
            }
            if (negated) {
                return value instanceof Boolean bool ? !bool : FAILED;
            }
            return value;
        }
    }

    /** A property ({@code arguments == null}) or a method call with its arguments. */
    record Step(String name, List<Argument> arguments) {
    }

    /** A method argument: a string literal or a path. */
    record Argument(String literal, Path path) {
        Object value(IExpressionContext context, PropertyPathEvaluator evaluator) {
            return literal != null ? literal : path.evaluate(context, evaluator);
        }
    }

    private Object property(Object target, String name) {
        if (target instanceof Map<?, ?> map) {
            return switch (name) {
                case "size" -> map.size();
                case "isEmpty", "empty" -> map.isEmpty();
                default -> map.get(name);
            };
        }
        if (target instanceof Collection<?> collection) {
            switch (name) {
                case "size":
                    return collection.size();
                case "isEmpty", "empty":
                    return collection.isEmpty();
                default:
                    break;
            }
        }
        Optional<Method> getter = getters.computeIfAbsent(target.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, property -> findGetter(target.getClass(), property));
        return getter.isPresent() ? invoke(getter.get(), target) : FAILED;
    }

    private Object call(IExpressionContext context, Object target, Step step) {
        Object[] values = new Object[step.arguments().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = step.arguments().get(i).value(context, this);
            if (values[i] == FAILED) {
                return FAILED;
            }
        }
        List<Method> candidates = methods.computeIfAbsent(target.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(step.name() + "/" + values.length, key -> findMethods(target.getClass(), step.name(),
                        values.length));
        for (Method method : candidates) {
            if (accepts(method.getParameterTypes(), values)) {
                return invoke(method, target, values);
            }
        }
        return FAILED;
    }

    private static boolean accepts(Class<?>[] types, Object[] values) {
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i].isPrimitive() ? boxed(types[i]) : types[i];
            if (values[i] == null ? types[i].isPrimitive() : !type.isInstance(values[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
            return FAILED;  // OGNL evaluates it again and reports the problem in its own words
        }
    }

    /** A public no-argument method named {@code property}, or its JavaBean getter, as OGNL would find them. */
    private static Optional<Method> findGetter(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        // Records and enums are read by accessor name first, as RecordPropertyAccessor does for OGNL.
        List<String> names = Record.class.isAssignableFrom(type) || Enum.class.isAssignableFrom(type)
                ? List.of(property, "get" + capitalised, "is" + capitalised)
                : List.of("get" + capitalised, "is" + capitalised);
        for (String name : names) {
            List<Method> found = findMethods(type, name, 0);
            if (!found.isEmpty() && found.get(0).getReturnType() != void.class) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** Public instance methods by name and arity, each reachable through a public type or made accessible. */
    private static List<Method> findMethods(Class<?> type, String name, int arity) {
        List<Method> found = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arity
                    && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Class.class) {
                Method usable = accessible(method);
                if (usable != null) {
                    found.add(usable);
                }
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
                    if (end < 0 || text.substring(at + 1, end).indexOf('\\') >= 0) {
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
