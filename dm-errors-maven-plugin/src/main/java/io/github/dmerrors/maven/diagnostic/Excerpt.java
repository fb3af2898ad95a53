package io.github.dmerrors.maven.diagnostic;

import java.util.Objects;

/**
 * Shortens a value that a diagnostic message quotes. A corrupt catalogue can hold a line of a
 * megabyte, and a message that quotes all of it would flood the build log, where CI viewers cut
 * it off anyway; the location already says where the value is, and its start says what it is.
 */
public final class Excerpt {
    /** The longest value quoted in full. */
    static final int MAX_LENGTH = 64;
    /** How much of a longer value is quoted. */
    static final int KEPT = 48;

    private Excerpt() {}

    /**
     * Returns {@code value} if it has at most {@value #MAX_LENGTH} chars, otherwise its first
     * {@value #KEPT} chars (one fewer if that would split a surrogate pair), {@code …} and its
     * length, as in {@code aaaa… (1000000 chars)}.
     *
     * @param value the value to quote
     * @return the value or its start
     */
    public static String of(String value) {
        Objects.requireNonNull(value, "value == null");
        if (value.length() <= MAX_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
        return value.substring(0, end) + "… (" + value.length() + " chars)";
    }
}
