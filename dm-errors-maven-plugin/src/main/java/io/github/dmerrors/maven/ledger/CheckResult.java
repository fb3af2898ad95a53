package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code check} goal found.
 *
 * @param findings every error and warning, ordered by location
 * @param summary the line to print when there is no error
 */
public record CheckResult(List<Finding> findings, String summary) {
    public CheckResult {
        findings = List.copyOf(findings);
        Objects.requireNonNull(summary, "summary == null");
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.diagnostic().severity() == Severity.ERROR);
    }

    /** Returns the diagnostics of every finding, in order. */
    public List<Diagnostic> diagnostics() {
        return findings.stream().map(Finding::diagnostic).toList();
    }
}
