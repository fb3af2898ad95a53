package io.github.dmerrors;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the arguments column of the Go conformance corpus into the Java values whose Go values
 * the Go program formatted (the grammar is in {@code src/test/go/README.md}): {@code int(1)} is an
 * {@link Integer}, {@code list{...}} an {@link ArrayList}, {@code Pt{...}} the record
 * {@link CorpusTypes.Pt}, {@code dm{...}} a {@link DmException} of level {@code low}, which
 * captures no stack trace.
 */
final class CorpusArguments {
    private final String s;
    private int pos;

    private CorpusArguments(String s) {
        this.s = s;
    }

    /**
     * Reads an arguments column.
     *
     * @param encoded the column
     * @return the arguments
     * @throws IllegalArgumentException if it does not follow the grammar
     */
    static Object[] read(String encoded) {
        CorpusArguments reader = new CorpusArguments(encoded);
        List<Object> values = reader.values(-1);
        return values.toArray();
    }

    // Values separated by ", " up to the closing character, or to the end if close is -1.
    private List<Object> values(int close) {
        List<Object> values = new ArrayList<>();
        while (pos < s.length() && s.charAt(pos) != close) {
            if (!values.isEmpty()) {
                expect(", ");
            }
            values.add(value());
        }
        if (close >= 0) {
            expect(String.valueOf((char) close));
        }
        return values;
    }

    private Object value() {
        if (s.charAt(pos) == '"') {
            return string();
        }
        if (s.startsWith("[]", pos)) {
            pos += 2;
            String element = word();
            expect("{");
            return array(element, values('}'));
        }
        String name = word();
        return switch (name) {
            case "nil" -> null;
            case "true", "false" -> Boolean.valueOf(name);
            case "char" -> {
                String text = atomString();
                if (text.length() != 1) {
                    throw new IllegalArgumentException("not one char: " + text);
                }
                yield text.charAt(0);
            }
            case "int" -> Integer.valueOf(atom());
            case "int8" -> Byte.valueOf(atom());
            case "int16" -> Short.valueOf(atom());
            case "int64" -> Long.valueOf(atom());
            case "float64" -> parseDouble(atom());
            case "float32" -> (float) parseDouble(atom());
            case "big" -> new BigInteger(atom());
            case "bytes" -> HexFormat.of().parseHex(atom());
            case "error" -> new IllegalStateException(atomString());
            case "stringer" -> new CorpusTypes.Text(atomString());
            case "enum" -> CorpusTypes.Color.valueOf(atom());
            case "list" -> {
                expect("{");
                yield new ArrayList<>(values('}'));
            }
            case "map" -> map();
            case "Pt", "Box", "Empty", "Mix" -> {
                expect("{");
                yield record(name, values('}'));
            }
            case "dm" -> {
                expect("{");
                yield dmException(values('}'));
            }
            default -> throw new IllegalArgumentException("unknown value " + name + " at " + pos + " in " + s);
        };
    }

    private Map<Object, Object> map() {
        expect("{");
        Map<Object, Object> map = new LinkedHashMap<>();
        while (s.charAt(pos) != '}') {
            if (!map.isEmpty()) {
                expect(", ");
            }
            Object key = value();
            expect(": ");
            map.put(key, value());
        }
        expect("}");
        return map;
    }

    // Hexadecimal floating point is exact: no JDK's decimal parsing is involved.
    private static double parseDouble(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static Object array(String element, List<Object> values) {
        int n = values.size();
        switch (element) {
            case "int" -> {
                int[] a = new int[n];
                Arrays.setAll(a, i -> (Integer) values.get(i));
                return a;
            }
            case "int64" -> {
                long[] a = new long[n];
                Arrays.setAll(a, i -> (Long) values.get(i));
                return a;
            }
            case "int16" -> {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (Short) values.get(i);
                }
                return a;
            }
            case "bool" -> {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (Boolean) values.get(i);
                }
                return a;
            }
            case "float64" -> {
                double[] a = new double[n];
                Arrays.setAll(a, i -> (Double) values.get(i));
                return a;
            }
            case "float32" -> {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (Float) values.get(i);
                }
                return a;
            }
            case "char" -> {
                char[] a = new char[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (Character) values.get(i);
                }
                return a;
            }
            case "string" -> {
                return values.toArray(new String[0]);
            }
            case "any" -> {
                return values.toArray(new Object[0]);
            }
            default -> throw new IllegalArgumentException("no Java array of " + element);
        }
    }

    private static Record record(String name, List<Object> c) {
        return switch (name) {
            case "Pt" -> new CorpusTypes.Pt((Long) c.get(0), (String) c.get(1));
            case "Box" -> new CorpusTypes.Box(c.get(0));
            case "Empty" -> new CorpusTypes.Empty();
            default -> new CorpusTypes.Mix((Integer) c.get(0), (Double) c.get(1), (Boolean) c.get(2), (byte[]) c.get(3),
                    (String) c.get(4));
        };
    }

    /** A DmException of level low, which captures no stack trace, with the message's arguments. */
    static DmException dm(String message, Object... args) {
        return DmError.of(10001, "ErrCorpus", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.LOW, message, "")
                .generate(args);
    }

    // dm{int(code), class, scope, message, workaround, list{args}[, cause]}
    private static DmException dmException(List<Object> f) {
        DmError error = DmError.of((Integer) f.get(0), "ErrCorpus", ErrorClass.of((String) f.get(1)),
                ErrorScope.of((String) f.get(2)), ErrorLevel.LOW, (String) f.get(3), (String) f.get(4));
        Object[] args = ((List<?>) f.get(5)).toArray();
        DmException exception = f.size() > 6 ? error.delegate((Throwable) f.get(6), args) : error.generate(args);
        if (exception.getStackTrace().length > 0) {
            throw new IllegalStateException("a low DmException captured a stack trace: DM's has none in the corpus");
        }
        return exception;
    }

    private String word() {
        int start = pos;
        while (pos < s.length() && "[]{}(),: \"".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String atom() {
        expect("(");
        String text = word();
        expect(")");
        return text;
    }

    private String atomString() {
        expect("(");
        String text = string();
        expect(")");
        return text;
    }

    private String string() {
        int end = GoQuoted.end(s, pos);
        String text = GoQuoted.text(s, pos, end);
        pos = end;
        return text;
    }

    private void expect(String token) {
        if (!s.startsWith(token, pos)) {
            throw new IllegalArgumentException("expected '" + token + "' at " + pos + " in " + s);
        }
        pos += token.length();
    }
}
