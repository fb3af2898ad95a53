package io.github.dmerrors.maven.docs;

import io.github.dmerrors.DmErrorText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every error DM printed in a text an operator has in hand, for {@code explain}:
 *
 * <ul>
 *   <li>DM's error text, {@code [code=…:class=…:scope=…:level=…], Message: …}, read by the
 *       runtime's {@link DmErrorText}: as {@code Error()} printed it, to the end of its line, or
 *       inside a double-quoted string of a log line ({@code error="[code=…"}) or of JSON, to the
 *       string's end, its escapes decoded;</li>
 *   <li>in JSON ({@code query-status} output, an OpenAPI error response), also the errors that
 *       {@code query-status} prints as objects ({@code ErrCode}, {@code ErrClass},
 *       {@code Message}, {@code RawCause}, {@code Workaround}), and an OpenAPI {@code error_code}
 *       whose {@code error_msg} holds no error text.</li>
 * </ul>
 *
 * <p>A log line that carries an error as a quoted JSON object
 * ({@code "error information"="{\"ErrCode\":…}"}) is read like {@code query-status}'s objects.
 * An error text inside another's raw cause is found too: DM wraps the error that caused it. The
 * same error found twice is listed once; the order is the order in the text.
 */
final class ReportedErrors {
    private static final String CODE = "[code=";

    private final Set<ReportedError> found = new LinkedHashSet<>();

    private ReportedErrors() {}

    static List<ReportedError> in(String text) {
        ReportedErrors errors = new ReportedErrors();
        Optional<Object> json = json(text);
        if (json.isPresent()) {
            errors.walk(json.get());
        } else {
            errors.scan(text, true);
        }
        return List.copyOf(errors.found);
    }

    /** The JSON in {@code text}: all of it, or from its first brace to its last, as a console prints it. */
    private static Optional<Object> json(String text) {
        String stripped = text.strip();
        if (stripped.startsWith("{") || stripped.startsWith("[")) {
            Optional<Object> whole = JsonReader.read(stripped);
            if (whole.isPresent()) {
                return whole;
            }
        }
        int first = text.indexOf('{');
        int last = text.lastIndexOf('}');
        return first >= 0 && last > first ? JsonReader.read(text.substring(first, last + 1)) : Optional.empty();
    }

    private void walk(Object value) {
        if (value instanceof Map<?, ?> object) {
            int before = found.size();
            object.values().forEach(this::walk);
            structured(object, found.size() > before);
        } else if (value instanceof List<?> array) {
            array.forEach(this::walk);
        } else if (value instanceof String string) {
            Optional<Object> json = string.strip().startsWith("{") ? JsonReader.read(string.strip()) : Optional.empty();
            if (json.isPresent()) {
                walk(json.get());
            } else {
                scan(string, false);
            }
        }
    }

    /** An error {@code query-status} prints as an object, or an OpenAPI code whose message held no error text. */
    private void structured(Map<?, ?> object, boolean textFound) {
        if (object.get("ErrCode") instanceof BigDecimal code && positiveInt(code)) {
            Object rawCause = object.get("RawCause");
            found.add(new ReportedError(code.intValueExact(), string(object.get("ErrClass")),
                    string(object.get("Message")),
                    rawCause instanceof String cause && !cause.isEmpty() ? Optional.of(cause) : Optional.empty(),
                    string(object.get("Workaround"))));
        } else if (!textFound && object.get("error_code") instanceof BigDecimal code && positiveInt(code)) {
            found.add(new ReportedError(
                    code.intValueExact(), "", string(object.get("error_msg")), Optional.empty(), ""));
        }
    }

    private static boolean positiveInt(BigDecimal number) {
        return number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
                && number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static String string(Object value) {
        return value instanceof String string ? string : "";
    }

    /**
     * Finds every error text in {@code text}: one in a double-quoted string runs to the string's
     * end; any other to the end of its line if {@code toLineEnd}, else to the end of {@code text}.
     */
    private void scan(String text, boolean toLineEnd) {
        // A log line may carry an error as a quoted JSON object: "error information"="{\"ErrCode\":…}".
        List<int[]> objects = new ArrayList<>();
        for (int quote = text.indexOf("\"{"); quote >= 0; quote = text.indexOf("\"{", quote + 1)) {
            StringBuilder decoded = new StringBuilder();
            int end = quoted(text, quote + 1, decoded);
            Optional<Object> json = JsonReader.read(decoded.toString());
            if (json.isPresent()) {
                walk(json.get());
                objects.add(new int[] {quote, end});
                quote = end - 1;
            }
        }
        int start = next(text, 0, objects);
        while (start >= 0) {
            if (start > 0 && text.charAt(start - 1) == '"') {
                StringBuilder decoded = new StringBuilder();
                int end = quoted(text, start, decoded);
                // Decoded, it is read whole, and so are the texts of its raw cause inside it.
                scan(decoded.toString(), false);
                start = next(text, end, objects);
                continue;
            }
            int lineEnd = text.indexOf('\n', start);
            read(text.substring(start, toLineEnd && lineEnd >= 0 ? lineEnd : text.length()));
            start = next(text, start + 1, objects);
        }
    }

    /** The next {@code [code=} from {@code from} that is not inside one of the JSON objects already read. */
    private static int next(String text, int from, List<int[]> objects) {
        int start = text.indexOf(CODE, from);
        while (start >= 0) {
            int at = start;
            int[] inside = objects.stream().filter(range -> range[0] < at && at < range[1]).findFirst().orElse(null);
            if (inside == null) {
                return start;
            }
            start = text.indexOf(CODE, inside[1]);
        }
        return -1;
    }

    private void read(String candidate) {
        DmErrorText.find(candidate).ifPresent(text -> found.add(
                new ReportedError(text.code(), text.errorClass().name(), text.message(), text.rawCause(),
                        text.workaround())));
    }

    /**
     * Decodes the string that starts at {@code start}, after a double quote, to the next unescaped
     * one, into {@code decoded}: the escapes {@code \"}, {@code \\}, {@code \n}, {@code \t},
     * {@code \r} and {@code \}{@code uXXXX}, as Go's logger and JSON write them.
     *
     * @return the index after the closing quote, or the text's length if there is none
     */
    private static int quoted(String text, int start, StringBuilder decoded) {
        int i = start;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c != '\\' || i + 1 == text.length()) {
                decoded.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 'n' -> decoded.append('\n');
                case 't' -> decoded.append('\t');
                case 'r' -> decoded.append('\r');
                case 'u' -> {
                    if (i + 4 < text.length() && text.substring(i + 1, i + 5).chars()
                            .allMatch(h -> Character.digit(h, 16) >= 0)) {
                        decoded.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        decoded.append("\\u");
                    }
                }
                default -> decoded.append(escaped);
            }
        }
        return i;
    }
}
