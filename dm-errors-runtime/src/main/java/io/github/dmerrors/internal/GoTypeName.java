package io.github.dmerrors.internal;

import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The Go type a Java value stands for, as {@code %T} prints it: {@code int} for an
 * {@link Integer}, {@code []string} for a {@code String[]}, the class name for a record or any
 * other object.
 */
final class GoTypeName {
    static final String INTERFACE = "interface {}";
    static final String SLICE_OF_INTERFACE = "[]interface {}";
    static final String MAP = "map[interface {}]interface {}";

    private GoTypeName() {}

    /**
     * Names the Go type of a value.
     *
     * @param value the value, not null
     * @return its Go type
     */
    static String of(Object value) {
        if (value instanceof Collection) {
            return SLICE_OF_INTERFACE;
        }
        if (value instanceof Map) {
            return MAP;
        }
        String basic = basic(value.getClass());
        return basic != null ? basic : value.getClass().getName();
    }

    private static String basic(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            // A Java char is text, so a one-character Go string.
            return "string";
        } else if (type == Integer.class || type == int.class) {
            return "int";
        } else if (type == Long.class || type == long.class) {
            return "int64";
        } else if (type == Boolean.class || type == boolean.class) {
            return "bool";
        } else if (type == Double.class || type == double.class) {
            return "float64";
        } else if (type == Float.class || type == float.class) {
            return "float32";
        } else if (type == Short.class || type == short.class) {
            return "int16";
        } else if (type == Byte.class) {
            return "int8";
        } else if (type == byte.class) {
            // byte[] is Go's []byte, whose elements are unsigned.
            return "uint8";
        } else if (type == BigInteger.class) {
            return "*big.Int";
        } else if (type.isArray()) {
            return "[]" + element(type.getComponentType());
        }
        return null;
    }

    private static String element(Class<?> type) {
        String basic = basic(type);
        if (basic != null) {
            return basic;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return SLICE_OF_INTERFACE;
        }
        if (Map.class.isAssignableFrom(type)) {
            return MAP;
        }
        // What an Object[] or a Number[] holds is only known element by element, as in a Go
        // []interface{}; a concrete class is a Go named type.
        boolean open = type.isInterface() || Modifier.isAbstract(type.getModifiers());
        return open || type == Object.class ? INTERFACE : type.getName();
    }
}
