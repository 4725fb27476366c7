package org.verbatim.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Lets templates read the model's records and enums by property name ({@code ${turn.id}},
 * {@code ${block.kind}}, {@code ${role.key}}): any public no-argument method, found once per class and then
 * called directly. OGNL knows only JavaBean getters and otherwise searches every method by name on every
 * evaluation, which was a third of a large build's time.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {
    private static final RecordPropertyAccessor INSTANCE = new RecordPropertyAccessor();

    private final Map<Class<?>, Map<String, Method>> accessors = new ConcurrentHashMap<>();

    /** Registers the accessor with OGNL, whose registry is global to the JVM; registering twice is harmless. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, INSTANCE);
        OgnlRuntime.setPropertyAccessor(Enum.class, INSTANCE);
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (name instanceof String property) {
            Method accessor = accessors.computeIfAbsent(target.getClass(), RecordPropertyAccessor::methodsOf).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new OgnlException("cannot read " + property + " of " + target.getClass().getSimpleName(), e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }

    private static Map<String, Method> methodsOf(Class<?> type) {
        Map<String, Method> methods = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
                method.setAccessible(true);
                methods.putIfAbsent(method.getName(), method);
            }
        }
        return methods;
    }
}
