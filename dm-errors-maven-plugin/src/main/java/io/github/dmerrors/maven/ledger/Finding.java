package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import java.util.Objects;

/**
 * A diagnostic and the rule that reported it.
 *
 * @param rule why it was reported
 * @param diagnostic where, how bad, and what
 */
public record Finding(Rule rule, Diagnostic diagnostic) {
    public Finding {
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(diagnostic, "diagnostic == null");
    }
}
