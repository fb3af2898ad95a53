package io.github.dmerrors.examples;

import io.github.dmerrors.DmError;
import java.util.Optional;

/** Looks an error up by code or name, for an operator who has only the number from a log. */
public final class ErrorLookup {
    private ErrorLookup() {}

    /**
     * Finds an error by its code ({@code 10002}) or its name ({@code ErrDBBadConn}).
     *
     * @param codeOrName what the operator typed
     * @return the error, or empty if the catalogue has none such
     */
    public static Optional<DmError> find(String codeOrName) {
        String key = codeOrName.strip();
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            try {
                return DmErrors.byCode(Integer.parseInt(key));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return DmErrors.byName(key);
    }

    /**
     * Describes an error for a person: the code, name and bracket, then the message and workaround.
     *
     * @param error the error
     * @return a few lines of text
     */
    public static String describe(DmError error) {
        StringBuilder text = new StringBuilder()
                .append(error.code()).append(' ').append(error.name()).append('\n')
                .append("  class ").append(error.errorClass())
                .append(", scope ").append(error.scope())
                .append(", level ").append(error.level())
                .append(" (").append(error.level().meaning()).append(")\n");
        if (!error.message().isEmpty()) {
            text.append("  message:    ").append(error.message()).append('\n');
        }
        if (!error.workaround().isEmpty()) {
            text.append("  workaround: ").append(error.workaround()).append('\n');
        }
        return text.toString();
    }
}
