package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.text.BackslashEscapes;

/**
 * TOML strings and keys as Go's BurntSushi/toml encoder writes them, which is what DM's
 * {@code errors.toml} holds: a basic string in which {@code "}, {@code \} and the control
 * characters are escaped as in JSON ({@link BackslashEscapes}), and everything else, non-ASCII
 * included, is as it is.
 */
final class TomlStrings {
    private TomlStrings() {}

    /** Returns {@code text} as a TOML basic string, quotes included. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!BackslashEscapes.append(quoted, c)) {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * Returns one segment of a dotted key: bare if it holds only ASCII letters, digits, {@code -}
     * and {@code _}, as DM's keys do; otherwise quoted, since a {@code .} in a class name of a
     * catalogue's own would otherwise split the key in two.
     */
    static String key(String segment) {
        if (segment.isEmpty()) {
            return "\"\"";
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean bare = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!bare) {
                return quote(segment);
            }
        }
        return segment;
    }
}
