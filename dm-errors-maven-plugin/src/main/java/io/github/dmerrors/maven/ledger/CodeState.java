package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * What the ledger says a code is now, after all its events.
 *
 * @param code the code
 * @param name its name, or the name it was retired with
 * @param attributes its class, scope and level, or those it was retired with
 * @param retired whether it is retired
 * @param since where its latest event is
 */
record CodeState(int code, String name, Attributes attributes, boolean retired, SourceLocation since) {
    CodeState {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(attributes, "attributes == null");
        Objects.requireNonNull(since, "since == null");
    }
}
