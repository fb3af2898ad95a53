package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * An event as the ledger holds it: what happened, and the line that says so.
 *
 * @param event what happened
 * @param location where its line starts
 */
record RecordedEvent(LedgerEvent event, SourceLocation location) {
    RecordedEvent {
        Objects.requireNonNull(event, "event == null");
        Objects.requireNonNull(location, "location == null");
    }

    int code() {
        return event.code();
    }
}
