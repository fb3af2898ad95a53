package io.github.dmerrors;

/**
 * DM's error text, {@code Error()} in DM's Go code: the one place that writes it, and the
 * separators {@link DmTextReader} reads it back by.
 */
final class DmText {
    static final String CODE = "[code=";
    static final String MESSAGE = ", Message: ";
    static final String RAW_CAUSE = ", RawCause: ";
    static final String WORKAROUND = ", Workaround: ";

    private DmText() {}

    /**
     * Writes the bracket, then each part that is present: the message and the workaround if not
     * empty, the raw cause if not null.
     */
    static String write(
            int code,
            ErrorClass errorClass,
            ErrorScope scope,
            ErrorLevel level,
            String message,
            String rawCause,
            String workaround) {
        // One concatenation, absent parts as empty strings: the JDK sizes the text exactly and copies
        // each part once, where a StringBuilder would guess, grow and copy the whole text again.
        return CODE + code + ":class=" + errorClass + ":scope=" + scope + ":level=" + level + "]"
                + (message.isEmpty() ? "" : MESSAGE) + message
                + (rawCause == null ? "" : RAW_CAUSE) + (rawCause == null ? "" : rawCause)
                + (workaround.isEmpty() ? "" : WORKAROUND) + workaround;
    }
}
