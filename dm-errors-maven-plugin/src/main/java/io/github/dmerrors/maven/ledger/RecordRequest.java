package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.ExtraClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the {@code record} goal was asked to do.
 *
 * @param catalogue the catalogue file
 * @param ledger the ledger file; created if it does not exist
 * @param renames the declared renames, {@code ErrOld=ErrNew}
 * @param extraClasses the error classes the build declares besides DM's
 * @param force whether to record a catalogue that breaks the ledger's rules, keeping every meaning
 *     a code had; for importing the history of a project that adopts the ledger
 * @param classesElsewhere the classes other executions declare and this one does not see, named in
 *     the report of an unknown class
 */
public record RecordRequest(
        Path catalogue, Path ledger, List<String> renames, List<String> extraClasses, boolean force,
        ClassesElsewhere classesElsewhere) {
    public RecordRequest {
        Objects.requireNonNull(classesElsewhere, "classesElsewhere == null");
        Objects.requireNonNull(catalogue, "catalogue == null");
        Objects.requireNonNull(ledger, "ledger == null");
        renames = List.copyOf(renames);
        DeclaredRenames.parse(renames);
        extraClasses = ExtraClasses.checked(extraClasses);
    }

    /** A request of a goal that knows of no other execution. */
    public RecordRequest(Path catalogue, Path ledger, List<String> renames, List<String> extraClasses, boolean force) {
        this(catalogue, ledger, renames, extraClasses, force, ClassesElsewhere.NONE);
    }

    DeclaredRenames declaredRenames() {
        return DeclaredRenames.parse(renames);
    }

    Set<ErrorClass> declaredClasses() {
        return ExtraClasses.of(extraClasses);
    }
}
