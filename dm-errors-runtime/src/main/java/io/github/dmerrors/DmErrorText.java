package io.github.dmerrors;

import java.util.Optional;

/**
 * DM's error text read back: the code, class, scope, level, message, raw cause and workaround of a
 * string that DM (or {@link DmException#getMessage()}) printed, such as
 *
 * <pre>{@code [code=10002:class=database:scope=upstream:level=medium], Message: bad connection, RawCause: common error, Workaround: please check your network connection}</pre>
 *
 * <p>IMPLEMENTATION PENDING.
 */
public final class DmErrorText {
    private final int code;
    private final ErrorClass errorClass;
    private final ErrorScope scope;
    private final ErrorLevel level;
    private final String message;
    private final String rawCause;
    private final String workaround;

    private DmErrorText(
            int code,
            ErrorClass errorClass,
            ErrorScope scope,
            ErrorLevel level,
            String message,
            String rawCause,
            String workaround) {
        this.code = code;
        this.errorClass = errorClass;
        this.scope = scope;
        this.level = level;
        this.message = message;
        this.rawCause = rawCause;
        this.workaround = workaround;
    }

    /**
     * Reads DM's error text.
     *
     * @param text the text DM printed
     * @return its parts
     * @throws IllegalArgumentException if {@code text} is not DM error text
     */
    public static DmErrorText parse(CharSequence text) {
        throw new UnsupportedOperationException("pending " + text);
    }

    /**
     * Returns the error code.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * Returns the error class.
     *
     * @return the class
     */
    public ErrorClass errorClass() {
        return errorClass;
    }

    /**
     * Returns the scope.
     *
     * @return the scope
     */
    public ErrorScope scope() {
        return scope;
    }

    /**
     * Returns the level.
     *
     * @return the level
     */
    public ErrorLevel level() {
        return level;
    }

    /**
     * Returns the formatted message.
     *
     * @return the message; empty if the text has none
     */
    public String message() {
        return message;
    }

    /**
     * Returns the raw cause's text.
     *
     * @return the raw cause, or empty if the text has none
     */
    public Optional<String> rawCause() {
        return Optional.ofNullable(rawCause);
    }

    /**
     * Returns the workaround.
     *
     * @return the workaround; empty if the text has none
     */
    public String workaround() {
        return workaround;
    }
}
