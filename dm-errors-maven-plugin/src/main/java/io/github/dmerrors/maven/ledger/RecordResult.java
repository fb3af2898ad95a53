package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code record} goal did.
 *
 * @param refused whether it refused the catalogue, which breaks the ledger's rules, and wrote
 *     nothing
 * @param findings when refused, the errors and warnings that say why; otherwise the warnings,
 *     including the errors that a forced record overrode
 * @param added the lines added to the ledger, in file order; empty if none was
 * @param summary the line to print when not refused
 */
public record RecordResult(boolean refused, List<Finding> findings, List<String> added, String summary) {
    public RecordResult {
        findings = List.copyOf(findings);
        added = List.copyOf(added);
        Objects.requireNonNull(summary, "summary == null");
        if (refused && !added.isEmpty()) {
            throw new IllegalArgumentException("a refused record adds nothing");
        }
    }

    /** Returns the diagnostics of every finding, in order. */
    public List<Diagnostic> diagnostics() {
        return findings.stream().map(Finding::diagnostic).toList();
    }
}
