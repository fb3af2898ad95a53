package io.github.dmerrors.maven.output;

import io.github.dmerrors.maven.text.BackslashEscapes;

/**
 * JSON strings, escaped by hand for the JSON files the goals write (the error reference, the
 * check report): {@code "}, {@code \} and the control characters as {@link BackslashEscapes} says;
 * the line and paragraph separators (U+2028, U+2029) too, since JavaScript before ES2019 does not
 * accept them raw in a string, and a surrogate that is not half of a pair, which UTF-8 cannot
 * encode. Everything else, non-ASCII included, is written as it is,
 * to be encoded as UTF-8.
 */
public final class JsonStrings {
    private JsonStrings() {}

    /**
     * Returns {@code text} as a JSON string, quotes included.
     *
     * @param text any text
     * @return the JSON string
     */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BackslashEscapes.append(quoted, c)) {
                continue;
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                quoted.append(c).append(text.charAt(++i));
            } else if (c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                quoted.append(BackslashEscapes.unicode(c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
