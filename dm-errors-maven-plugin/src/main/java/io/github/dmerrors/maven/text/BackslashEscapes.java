package io.github.dmerrors.maven.text;

import java.util.Locale;

/**
 * The escapes a JSON string and a TOML basic string share, as both specifications define them:
 * {@code "} and {@code \} after a backslash, backspace, tab, newline, form feed and carriage
 * return by their short escapes ({@code \b \t \n \f \r}), and every other C0 control character and
 * DEL as a lower-case {@code \}{@code u00XX}. Each format adds its own rules for the rest.
 */
public final class BackslashEscapes {
    private BackslashEscapes() {}

    /**
     * Appends the escape of {@code c} if both formats escape it.
     *
     * @return whether {@code c} was escaped; if not, nothing was appended
     */
    public static boolean append(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> {
                if (c >= 0x20 && c != 0x7F) {
                    return false;
                }
                out.append(unicode(c));
            }
        }
        return true;
    }

    /** The escape {@code \}{@code uXXXX} of {@code c}, lower-case. */
    public static String unicode(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
