package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code record} goal did.
 *
 * @param refused whether it refused the catalogue, which breaks the ledger's rules, and wrote
 *     nothing
 * @param diagnostics when refused, the errors and warnings that say why; otherwise the warnings,
 *     including the errors that a forced record overrode; each with its {@link Rule}'s id
 * @param added the lines added to the ledger, in file order; empty if none was
 * @param summary the line to print when not refused
 */
public record RecordResult(boolean refused, List<Diagnostic> diagnostics, List<String> added, String summary) {
    public RecordResult {
        diagnostics = List.copyOf(diagnostics);
        added = List.copyOf(added);
        Objects.requireNonNull(summary, "summary == null");
        if (refused && !added.isEmpty()) {
            throw new IllegalArgumentException("a refused record adds nothing");
        }
    }
}
