package io.github.dmerrors.maven.ledger;

import java.util.List;

/**
 * What comparing a catalogue with its ledger found, and the events that would bring the ledger up
 * to date with the catalogue.
 *
 * @param findings the problems and warnings, ordered by location
 * @param events the events to record, in catalogue order, then the retirements in code order
 */
record Comparison(List<Finding> findings, List<LedgerEvent> events) {
    Comparison {
        findings = List.copyOf(findings);
        events = List.copyOf(events);
    }
}
