package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import java.util.List;

/**
 * What comparing a catalogue with its ledger found, and the events that would bring the ledger up
 * to date with the catalogue.
 *
 * @param diagnostics the problems and warnings, ordered by location
 * @param events the events to record, in catalogue order, then the retirements in code order
 */
record Comparison(List<Diagnostic> diagnostics, List<LedgerEvent> events) {
    Comparison {
        diagnostics = List.copyOf(diagnostics);
        events = List.copyOf(events);
    }
}
