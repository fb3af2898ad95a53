package io.github.dmerrors.maven.docs;

import java.util.Objects;
import java.util.Optional;

/**
 * One error as DM reported it in a text an operator has: its code and class, and the message, raw
 * cause and workaround as printed, arguments filled in.
 *
 * @param code the error's code
 * @param errorClass the class the text gives it
 * @param message the message as printed; empty if none
 * @param rawCause the cause DM carried with it, if any
 * @param workaround the workaround as printed; empty if none
 */
record ReportedError(int code, String errorClass, String message, Optional<String> rawCause, String workaround) {
    ReportedError {
        Objects.requireNonNull(errorClass, "errorClass == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(rawCause, "rawCause == null");
        Objects.requireNonNull(workaround, "workaround == null");
    }
}
