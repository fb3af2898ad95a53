package io.github.dmerrors.maven.diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in an input file: where, how bad, and a one-sentence, lower-case message that
 * names the offending value, such as {@code duplicate code 10001 (first used by ErrDBDriverError
 * at line 1)}.
 *
 * @param severity whether it stops generation
 * @param location where the problem is
 * @param message what the problem is
 * @param rule the id of the rule that reported it, such as {@code code-changed-name}, for the goals
 *     whose reports group findings by rule; empty where no report needs one
 */
public record Diagnostic(Severity severity, SourceLocation location, String message, Optional<String> rule) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(location, "location == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(rule, "rule == null");
    }

    /** A diagnostic of no particular rule. */
    public Diagnostic(Severity severity, SourceLocation location, String message) {
        this(severity, location, message, Optional.empty());
    }

    /** Returns this diagnostic under {@code ruleId}, unless it already has a rule. */
    public Diagnostic withDefaultRule(String ruleId) {
        return rule.isPresent() ? this : new Diagnostic(severity, location, message, Optional.of(ruleId));
    }

    /** Returns this diagnostic with {@code newSeverity} and {@code newMessage}, at the same place and rule. */
    public Diagnostic with(Severity newSeverity, String newMessage) {
        return new Diagnostic(newSeverity, location, newMessage, rule);
    }

    /** Returns {@code file:line:col: message}, with {@code warning: } before a warning's message. */
    @Override
    public String toString() {
        return location + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
