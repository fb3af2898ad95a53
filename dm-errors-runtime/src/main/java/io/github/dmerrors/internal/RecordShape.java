package io.github.dmerrors.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * The components of a record class, read reflectively so that a record prints as the Go struct it
 * stands for. Looked up once per class.
 */
final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return inspect(type);
        }
    };

    private final String[] names;
    private final Method[] accessors;

    private RecordShape(String[] names, Method[] accessors) {
        this.names = names;
        this.accessors = accessors;
    }

    /**
     * Returns the shape of a record class.
     *
     * @param type a record class
     * @return its shape, or null if its components cannot be read from here (a record of a module
     *     that neither exports nor opens its package)
     */
    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    private static RecordShape inspect(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return null;
        }
        boolean exported = Modifier.isPublic(type.getModifiers())
                && type.getModule().isExported(type.getPackageName(), RecordShape.class.getModule());
        String[] names = new String[components.length];
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            accessors[i] = components[i].getAccessor();
            try {
                if (!accessors[i].trySetAccessible() && !exported) {
                    return null;
                }
            } catch (SecurityException denied) {
                return null;
            }
        }
        return new RecordShape(names, accessors);
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    /**
     * Reads a component.
     *
     * @param record the record
     * @param i the component's position
     * @return its value, boxed if primitive
     * @throws Throwable whatever the accessor throws
     */
    Object value(Record record, int i) throws Throwable {
        try {
            return accessors[i].invoke(record);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
