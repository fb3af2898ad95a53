package io.github.dmerrors.maven.docs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON as {@code query-status} and DM's OpenAPI print it, to find the errors in it: objects
 * become maps, arrays lists, strings strings, numbers {@link BigDecimal}s, {@code true} and
 * {@code false} booleans, {@code null} an empty {@link Optional}. Strict: anything else, or
 * anything after the value but blanks, is not JSON. Nesting is limited, so no input can exhaust
 * the stack.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 256;

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Returns the value {@code text} holds, or empty if it is not JSON. */
    static Optional<Object> read(String text) {
        JsonReader reader = new JsonReader(text);
        try {
            Object value = reader.value(0);
            reader.blanks();
            return reader.pos == text.length() ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        blanks();
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> {
                return object(depth);
            }
            case '[' -> {
                return array(depth);
            }
            case '"' -> {
                return string();
            }
            default -> {
                if (text.startsWith("true", pos) || text.startsWith("false", pos) || text.startsWith("null", pos)) {
                    String word = text.startsWith("true", pos) ? "true"
                            : text.startsWith("false", pos) ? "false" : "null";
                    pos += word.length();
                    return word.equals("null") ? Optional.empty() : Boolean.valueOf(word);
                }
                int start = pos;
                while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                return new BigDecimal(text.substring(start, pos));
            }
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        pos++;
        blanks();
        if (text.charAt(pos) == '}') {
            pos++;
            return object;
        }
        while (true) {
            blanks();
            expect('"');
            pos--;
            String key = string();
            blanks();
            expect(':');
            object.put(key, value(depth + 1));
            blanks();
            if (text.charAt(pos) == '}') {
                pos++;
                return object;
            }
            expect(',');
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        pos++;
        blanks();
        if (text.charAt(pos) == ']') {
            pos++;
            return array;
        }
        while (true) {
            array.add(value(depth + 1));
            blanks();
            if (text.charAt(pos) == ']') {
                pos++;
                return array;
            }
            expect(',');
        }
    }

    private String string() {
        expect('"');
        StringBuilder string = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return string.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("a control character in a string");
            }
            if (c != '\\') {
                string.append(c);
                continue;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case '"', '\\', '/' -> string.append(escaped);
                case 'b' -> string.append('\b');
                case 'f' -> string.append('\f');
                case 'n' -> string.append('\n');
                case 'r' -> string.append('\r');
                case 't' -> string.append('\t');
                case 'u' -> {
                    string.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape");
            }
        }
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        pos++;
    }

    private void blanks() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
