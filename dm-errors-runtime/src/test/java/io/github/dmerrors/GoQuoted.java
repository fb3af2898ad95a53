package io.github.dmerrors;

/** Go's double-quoted string literals, as {@code strconv.Quote} writes them, read into Java strings. */
final class GoQuoted {
    private GoQuoted() {}

    /**
     * Reads a Go-quoted string.
     *
     * @param quoted the literal, quotes included
     * @return its text
     * @throws IllegalArgumentException if it is not a literal {@code strconv.Quote} of UTF-8 text writes
     */
    static String unquote(String quoted) {
        int end = end(quoted, 0);
        if (end != quoted.length()) {
            throw new IllegalArgumentException("not one Go string literal: " + quoted);
        }
        return text(quoted, 0, end);
    }

    /** Returns the index just after the literal starting at {@code start}. */
    static int end(String s, int start) {
        if (start >= s.length() || s.charAt(start) != '"') {
            throw new IllegalArgumentException("no Go string literal at " + start + " in " + s);
        }
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unterminated Go string literal in " + s);
    }

    /** Reads the literal from {@code start} to {@code end}, quotes included. */
    static String text(String s, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start + 1; i < end - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = s.charAt(++i);
            switch (escape) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '\\', '"', '\'' -> out.append(escape);
                case 'x', 'u', 'U' -> {
                    int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
                    int codePoint = Integer.parseInt(s.substring(i + 1, i + 1 + digits), 16);
                    if (escape == 'x' && codePoint >= 0x80) {
                        throw new IllegalArgumentException("a byte that is not UTF-8 text in " + s);
                    }
                    out.appendCodePoint(codePoint);
                    i += digits;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escape + " in " + s);
            }
        }
        return out.toString();
    }

    /** Quotes a string for messages; not Go's exact escaping. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
