package io.github.dmerrors.internal;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Prints one argument under one verb as Go's {@code printArg}, {@code handleMethods} and
 * {@code printValue} do, mapping Java values to the Go values they stand for (see
 * {@code MessageTemplate}). Never throws, except a {@link VirtualMachineError} other than
 * {@link StackOverflowError}: a method of the argument that throws prints Go's panic form instead.
 */
final class ValuePrinter implements SelfFormatting.State {
    private static final String NIL = "<nil>";

    final FieldFormatter fmt;
    private final StringBuilder buf;
    private final SelfFormatting selfFormatting;
    private CompositePrinter composites;

    ValuePrinter(StringBuilder buf, SelfFormatting selfFormatting) {
        this.buf = buf;
        this.fmt = new FieldFormatter(buf);
        this.selfFormatting = selfFormatting;
    }

    /** Go's {@code printArg}: a top-level argument, with the flags already set. */
    void printArg(Object arg, int verb) {
        int mark = buf.length();
        try {
            if (arg == null) {
                if (verb == 'T' || verb == 'v') {
                    fmt.padString(NIL);
                } else {
                    badVerb(verb, null, null);
                }
            } else if (verb == 'T') {
                fmt.fmtS(GoTypeName.of(arg));
            } else if (verb == 'p' || (verb == 'w' && !(arg instanceof byte[]))) {
                // Sprintf cannot wrap, and a Java value has no address: Go reports %w, and %p of
                // a struct, on the whole value (a []byte reaches %w only element by element).
                badVerb(verb, GoTypeName.of(arg), arg);
            } else {
                printValue(arg, verb, 0);
            }
        } catch (Throwable failure) {
            // A collection that fails while iterated, a structure too deep for the stack.
            rethrowIfFatal(failure);
            buf.setLength(mark);
            composites = null;
            panic(verb, "String", failure);
        }
    }

    // Made on first use: most arguments hold no other values.
    private CompositePrinter composites() {
        if (composites == null) {
            composites = new CompositePrinter(this, buf);
        }
        return composites;
    }

    void printValue(Object value, int verb, int depth) {
        if (value == null) {
            // Only inside a slice, map or struct, where Go sees a nil interface.
            buf.append(fmt.sharpV ? "interface {}(nil)" : NIL);
        } else if (value instanceof String s) {
            fmtString(s, verb);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            fmtInteger(((Number) value).longValue(), true, verb, value);
        } else if (value instanceof Boolean b) {
            if (verb == 't' || verb == 'v') {
                fmt.fmtBoolean(b);
            } else {
                badVerb(verb, "bool", b);
            }
        } else if (value instanceof Double d) {
            fmtFloat(d, 64, verb, value);
        } else if (value instanceof Float f) {
            fmtFloat(f, 32, verb, value);
        } else if (value instanceof Character c) {
            fmtString(String.valueOf(c), verb);
        } else if (value instanceof byte[] bytes) {
            fmtBytes(bytes, verb, depth == 0 ? "[]byte" : "[]uint8");
        } else if (value instanceof BigInteger big) {
            BigIntegerFormat.format(fmt, big, verb);
        } else if (value instanceof Throwable) {
            if (!selfFormatting.format(value, verb, this)) {
                printWithMethod(value, verb);
            }
        } else if (value instanceof Record record) {
            if (!composites().printRecord(record, verb, depth)) {
                printWithMethod(record, verb);
            }
        } else if (value.getClass().isArray()) {
            composites().printArray(value, verb, depth);
        } else if (value instanceof Collection<?> collection) {
            composites().printSequence(collection, GoTypeName.SLICE_OF_INTERFACE, verb, depth, collection);
        } else if (value instanceof Map<?, ?> map) {
            composites().printMap(map, verb, depth);
        } else {
            printWithMethod(value, verb);
        }
    }

    private void fmtString(String s, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    fmt.fmtQ(Utf8.encode(s));
                } else {
                    fmt.fmtS(s);
                }
            }
            case 's' -> fmt.fmtS(s);
            case 'x' -> fmt.fmtSbx(Utf8.encode(s), FieldFormatter.LOWER_DIGITS);
            case 'X' -> fmt.fmtSbx(Utf8.encode(s), FieldFormatter.UPPER_DIGITS);
            case 'q' -> fmt.fmtQ(Utf8.encode(s));
            default -> badVerb(verb, "string", s);
        }
    }

    private void fmtInteger(long v, boolean signed, int verb, Object value) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV && !signed) {
                    fmt0x64(v);
                } else {
                    fmt.fmtInteger(v, 10, signed, verb, FieldFormatter.LOWER_DIGITS);
                }
            }
            case 'd' -> fmt.fmtInteger(v, 10, signed, verb, FieldFormatter.LOWER_DIGITS);
            case 'b' -> fmt.fmtInteger(v, 2, signed, verb, FieldFormatter.LOWER_DIGITS);
            case 'o', 'O' -> fmt.fmtInteger(v, 8, signed, verb, FieldFormatter.LOWER_DIGITS);
            case 'x' -> fmt.fmtInteger(v, 16, signed, verb, FieldFormatter.LOWER_DIGITS);
            case 'X' -> fmt.fmtInteger(v, 16, signed, verb, FieldFormatter.UPPER_DIGITS);
            case 'c' -> fmt.fmtC(v);
            case 'q' -> fmt.fmtQc(v);
            case 'U' -> fmt.fmtUnicode(v);
            default -> badVerb(verb, signed ? GoTypeName.of(value) : "uint8", value);
        }
    }

    // %#v of an unsigned integer: hexadecimal with 0x.
    private void fmt0x64(long v) {
        boolean sharp = fmt.sharp;
        fmt.sharp = true;
        fmt.fmtInteger(v, 16, false, 'v', FieldFormatter.LOWER_DIGITS);
        fmt.sharp = sharp;
    }

    private void fmtFloat(double v, int size, int verb, Object value) {
        switch (verb) {
            case 'v' -> fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmt.fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> fmt.fmtFloat(v, size, (char) verb, 6);
            case 'F' -> fmt.fmtFloat(v, size, 'f', 6);
            default -> badVerb(verb, GoTypeName.of(value), value);
        }
    }

    private void fmtBytes(byte[] bytes, int verb, String typeName) {
        switch (verb) {
            case 'v', 'd' -> {
                if (fmt.sharpV) {
                    buf.append(typeName).append('{');
                    for (int i = 0; i < bytes.length; i++) {
                        if (i > 0) {
                            buf.append(", ");
                        }
                        fmt0x64(bytes[i] & 0xFF);
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; i < bytes.length; i++) {
                        if (i > 0) {
                            buf.append(' ');
                        }
                        fmt.fmtInteger(bytes[i] & 0xFF, 10, false, verb, FieldFormatter.LOWER_DIGITS);
                    }
                    buf.append(']');
                }
            }
            case 's' -> fmt.fmtBs(bytes);
            case 'x' -> fmt.fmtSbx(bytes, FieldFormatter.LOWER_DIGITS);
            case 'X' -> fmt.fmtSbx(bytes, FieldFormatter.UPPER_DIGITS);
            case 'q' -> fmt.fmtQ(bytes);
            default -> {
                buf.append('[');
                for (int i = 0; i < bytes.length; i++) {
                    if (i > 0) {
                        buf.append(' ');
                    }
                    fmtInteger(bytes[i] & 0xFF, false, verb, bytes[i] & 0xFF);
                }
                buf.append(']');
            }
        }
    }

    /** Errors print their text, and other objects are Stringers, under the verbs that take text. */
    private void printWithMethod(Object value, int verb) {
        if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') {
            badVerb(verb, GoTypeName.of(value), value);
            return;
        }
        boolean error = value instanceof Throwable;
        String text;
        try {
            text = error ? errorText((Throwable) value) : value.toString();
        } catch (Throwable failure) {
            rethrowIfFatal(failure);
            panic(verb, error ? "Error" : "String", failure);
            return;
        }
        if (text == null) {
            text = NIL;
        }
        if (fmt.sharpV) {
            // Go would print the object's fields; its text, as %+v prints it, says more.
            fmt.fmtS(text);
        } else {
            fmtString(text, verb);
        }
    }

    private static String errorText(Throwable error) {
        String message = error.getMessage();
        return message != null ? message : error.getClass().getName();
    }

    @Override
    public boolean flag(int flag) {
        return switch (flag) {
            case '-' -> fmt.minus;
            case '+' -> fmt.plus || fmt.plusV;
            case '#' -> fmt.sharp || fmt.sharpV;
            case ' ' -> fmt.space;
            case '0' -> fmt.zero;
            default -> false;
        };
    }

    @Override
    public void write(String text) {
        buf.append(text);
    }

    private void badVerb(int verb, String typeName, Object value) {
        buf.append("%!").appendCodePoint(verb).append('(');
        if (value == null) {
            buf.append(NIL);
        } else {
            buf.append(typeName).append('=');
            printValue(value, 'v', 0);
        }
        buf.append(')');
    }

    void panic(int verb, String method, Throwable failure) {
        String message;
        try {
            message = failure.getMessage();
        } catch (Throwable another) {
            rethrowIfFatal(another);
            message = null;
        }
        buf.append("%!").appendCodePoint(verb).append("(PANIC=").append(method).append(" method: ")
                .append(message != null ? message : failure.getClass().getName()).append(')');
    }

    static void rethrowIfFatal(Throwable failure) {
        if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
            throw (VirtualMachineError) failure;
        }
    }
}
