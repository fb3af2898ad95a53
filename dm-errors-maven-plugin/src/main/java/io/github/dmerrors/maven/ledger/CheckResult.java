package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code check} goal found.
 *
 * @param diagnostics every error and warning, ordered by location, each with its {@link Rule}'s id
 * @param summary the line to print when there is no error
 */
public record CheckResult(List<Diagnostic> diagnostics, String summary) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(summary, "summary == null");
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    }
}
