package io.github.dmerrors.maven.model;

import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * Where each key field of a catalogue entry starts, so that a later check (the ledger's) points at
 * the field it is about rather than at the start of the line.
 *
 * @param name where the name starts
 * @param code where the code's value starts
 * @param errorClass where the class's value starts
 * @param scope where the scope's value starts
 * @param level where the level's value starts
 */
public record EntryLocations(
        SourceLocation name, SourceLocation code, SourceLocation errorClass, SourceLocation scope,
        SourceLocation level) {
    public EntryLocations {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(errorClass, "errorClass == null");
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(level, "level == null");
    }

    /** Every field at {@code location}: for an entry made in code rather than read from a file. */
    public static EntryLocations at(SourceLocation location) {
        return new EntryLocations(location, location, location, location, location);
    }
}
