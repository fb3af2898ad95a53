package io.github.dmerrors.testing;

import java.util.Objects;

/**
 * One line of a synthetic catalogue, its texts as written in the file ({@code \n} still two
 * characters).
 *
 * @param name the entry's name, for example {@code ErrSyncerParseDDLInvalid}
 * @param code the error code
 * @param errorClass the class, one of DM's
 * @param scope the scope, as written
 * @param level the level, as written
 * @param message the message template; empty if none
 * @param workaround the workaround; empty if none
 */
public record SyntheticEntry(
        String name, int code, String errorClass, String scope, String level, String message, String workaround) {
    public SyntheticEntry {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(errorClass, "errorClass == null");
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(workaround, "workaround == null");
        if (code <= 0) {
            throw new IllegalArgumentException("code must be positive: " + code);
        }
        if ((message + workaround).indexOf('"') >= 0) {
            throw new IllegalArgumentException("DM's format cannot hold a quote in a text: " + name);
        }
    }

    /** Whether the generated catalogue class has a typed factory for this entry. */
    public boolean takesArguments() {
        return message.indexOf('%') >= 0;
    }

    /** The line in DM's format, without its line ending. */
    public String line() {
        String bracket = name + ",[code=" + code + ":class=" + errorClass + ":scope=" + scope + ":level=" + level + "]";
        if (message.isEmpty() && workaround.isEmpty()) {
            return bracket;
        }
        String text = message.isEmpty() ? "Workaround: " + workaround
                : workaround.isEmpty() ? "Message: " + message
                : "Message: " + message + ", Workaround: " + workaround;
        return bracket + ", \"" + text + "\"";
    }
}
