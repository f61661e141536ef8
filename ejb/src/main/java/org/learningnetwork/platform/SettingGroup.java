package org.learningnetwork.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A feature's settings, for the check at start-up: each feature has a bean of this type, so that the check finds
 * every setting without knowing the features. By default its settings are the {@link Setting} constants (and maps of
 * them) of the class the bean is nested in, so that a feature declares a setting once:
 *
 * <pre>
 * &#64;Dependent
 * static class Settings implements SettingGroup {
 * }
 * </pre>
 */
public interface SettingGroup {

    /** The settings: the static {@code Setting} fields of the enclosing class (or of this one, when not nested). */
    default List<Setting<?>> settings() {
        Class<?> enclosing = getClass().getEnclosingClass();
        return declaredIn(enclosing == null ? getClass() : enclosing);
    }

    /** The static {@code Setting} fields of {@code type}, and the settings in its static maps of them, in declaration order. */
    static List<Setting<?>> declaredIn(Class<?> type) {
        List<Setting<?>> settings = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !(Setting.class.equals(field.getType()) || Map.class.equals(field.getType()))) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object value = field.get(null);
                if (value instanceof Setting<?> setting) {
                    settings.add(setting);
                } else if (value instanceof Map<?, ?> map) {
                    map.values().stream().filter(Setting.class::isInstance).forEach(v -> settings.add((Setting<?>) v));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("The settings of " + type.getName() + " cannot be read", e);
            }
        }
        return settings;
    }
}
