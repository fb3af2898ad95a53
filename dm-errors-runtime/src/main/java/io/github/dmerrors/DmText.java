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
        StringBuilder text = new StringBuilder(64 + message.length() + workaround.length()
                + (rawCause == null ? 0 : rawCause.length()));
        text.append(CODE).append(code)
                .append(":class=").append(errorClass)
                .append(":scope=").append(scope)
                .append(":level=").append(level)
                .append(']');
        if (!message.isEmpty()) {
            text.append(MESSAGE).append(message);
        }
        if (rawCause != null) {
            text.append(RAW_CAUSE).append(rawCause);
        }
        if (!workaround.isEmpty()) {
            text.append(WORKAROUND).append(workaround);
        }
        return text.toString();
    }
}
