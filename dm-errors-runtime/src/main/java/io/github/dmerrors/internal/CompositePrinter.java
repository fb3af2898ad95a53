package io.github.dmerrors.internal;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Prints the Go values that hold other values, as Go's {@code printValue} does: slices (arrays and
 * collections), maps and structs (records), each element printed under the same verb and flags.
 * A value that contains itself prints {@code [...]}, {@code map[...]} or {@code {...}} where the
 * cycle closes; Go would recurse until its stack overflows.
 */
final class CompositePrinter {
    private final ValuePrinter values;
    private final FieldFormatter fmt;
    private final StringBuilder buf;
    // The containers being printed, by identity: equals() and hashCode() of a cyclic list recurse.
    private Set<Object> open;

    CompositePrinter(ValuePrinter values, StringBuilder buf) {
        this.values = values;
        this.fmt = values.fmt;
        this.buf = buf;
    }

    /** Prints a record as a Go struct; returns false if its components cannot be read. */
    boolean printRecord(Record record, int verb, int depth) {
        RecordShape shape = RecordShape.of(record.getClass());
        if (shape == null) {
            return false;
        }
        if (!enter(record)) {
            buf.append("{...}");
            return true;
        }
        if (fmt.sharpV) {
            buf.append(GoTypeName.of(record));
        }
        buf.append('{');
        for (int i = 0; i < shape.size(); i++) {
            if (i > 0) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            if (fmt.plusV || fmt.sharpV) {
                buf.append(shape.name(i)).append(':');
            }
            Object component;
            try {
                component = shape.value(record, i);
            } catch (Throwable failure) {
                ValuePrinter.rethrowIfFatal(failure);
                values.panic(verb, shape.name(i), failure);
                continue;
            }
            values.printValue(component, verb, depth + 1);
        }
        buf.append('}');
        open.remove(record);
        return true;
    }

    void printArray(Object array, int verb, int depth) {
        String typeName = GoTypeName.of(array);
        if (array instanceof Object[] objects) {
            printSequence(Arrays.asList(objects), typeName, verb, depth, array);
            return;
        }
        // Primitive arrays cannot hold themselves, so need no cycle check.
        int length = Array.getLength(array);
        buf.append(fmt.sharpV ? typeName + "{" : "[");
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            values.printValue(element(array, i), verb, depth + 1);
        }
        buf.append(fmt.sharpV ? '}' : ']');
    }

    private static Object element(Object array, int i) {
        if (array instanceof int[] a) {
            return a[i];
        } else if (array instanceof long[] a) {
            return a[i];
        } else if (array instanceof double[] a) {
            return a[i];
        } else if (array instanceof boolean[] a) {
            return a[i];
        } else if (array instanceof char[] a) {
            return a[i];
        } else if (array instanceof short[] a) {
            return a[i];
        } else {
            return ((float[]) array)[i];
        }
    }

    void printSequence(Iterable<?> elements, String typeName, int verb, int depth, Object identity) {
        if (!enter(identity)) {
            buf.append("[...]");
            return;
        }
        buf.append(fmt.sharpV ? typeName + "{" : "[");
        boolean first = true;
        for (Object element : elements) {
            if (!first) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            first = false;
            values.printValue(element, verb, depth + 1);
        }
        buf.append(fmt.sharpV ? '}' : ']');
        open.remove(identity);
    }

    void printMap(Map<?, ?> map, int verb, int depth) {
        if (!enter(map)) {
            buf.append("map[...]");
            return;
        }
        buf.append(fmt.sharpV ? GoTypeName.MAP + "{" : "map[");
        boolean first = true;
        for (MapKeyOrder.Entry entry : MapKeyOrder.entries(map)) {
            if (!first) {
                buf.append(fmt.sharpV ? ", " : " ");
            }
            first = false;
            values.printValue(entry.key(), verb, depth + 1);
            buf.append(':');
            values.printValue(entry.value(), verb, depth + 1);
        }
        buf.append(fmt.sharpV ? '}' : ']');
        open.remove(map);
    }

    private boolean enter(Object container) {
        if (open == null) {
            open = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        return open.add(container);
    }
}
