package io.github.dmerrors.maven.diagnostic;

import java.util.Objects;

/**
 * One problem found in an input file: where, how bad, and a one-sentence, lower-case message that
 * names the offending value, such as {@code duplicate code 10001 (first used by ErrDBDriverError
 * at line 1)}.
 *
 * @param severity whether it stops generation
 * @param location where the problem is
 * @param message what the problem is
 */
public record Diagnostic(Severity severity, SourceLocation location, String message) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(location, "location == null");
        Objects.requireNonNull(message, "message == null");
    }

    /** Returns {@code file:line:col: message}, with {@code warning: } before a warning's message. */
    @Override
    public String toString() {
        return location + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
