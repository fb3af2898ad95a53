package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.ExtraClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the {@code check} goal was asked to do.
 *
 * @param catalogue the catalogue file
 * @param ledger the ledger file
 * @param renames the declared renames, {@code ErrOld=ErrNew}
 * @param baseRef the git revision this change goes into: the ledger where the branch forked from
 *     it must be kept line for line, and its tip must agree on every code; empty to compare with
 *     none
 * @param baseRefs git revisions of other branches, whose ledgers must assign every code to the
 *     same error
 * @param extraClasses the error classes the build declares besides DM's
 * @param report where the JSON report goes
 * @param classesElsewhere the classes other executions declare and this one does not see, named in
 *     the report of an unknown class
 * @param guide the catalogue's handling guide, checked against the catalogue; empty if it has none
 */
public record CheckRequest(
        Path catalogue,
        Path ledger,
        List<String> renames,
        Optional<String> baseRef,
        List<String> baseRefs,
        List<String> extraClasses,
        Path report,
        ClassesElsewhere classesElsewhere,
        Optional<Path> guide) {
    public CheckRequest {
        Objects.requireNonNull(classesElsewhere, "classesElsewhere == null");
        Objects.requireNonNull(catalogue, "catalogue == null");
        Objects.requireNonNull(ledger, "ledger == null");
        Objects.requireNonNull(report, "report == null");
        renames = List.copyOf(renames);
        DeclaredRenames.parse(renames);
        baseRef = baseRef.map(String::strip).filter(ref -> !ref.isEmpty());
        baseRef.ifPresent(ref -> checkRef("baseRef", ref));
        baseRefs = baseRefs.stream().map(String::strip).filter(ref -> !ref.isEmpty()).distinct().toList();
        baseRefs.forEach(ref -> checkRef("baseRefs", ref));
        extraClasses = ExtraClasses.checked(extraClasses);
        Objects.requireNonNull(guide, "guide == null");
    }

    /** A request of a goal that knows of no other execution, for a catalogue without a guide. */
    public CheckRequest(Path catalogue, Path ledger, List<String> renames, Optional<String> baseRef,
            List<String> baseRefs, List<String> extraClasses, Path report) {
        this(catalogue, ledger, renames, baseRef, baseRefs, extraClasses, report, ClassesElsewhere.NONE,
                Optional.empty());
    }

    DeclaredRenames declaredRenames() {
        return DeclaredRenames.parse(renames);
    }

    Set<ErrorClass> declaredClasses() {
        return ExtraClasses.of(extraClasses);
    }

    // A ref is passed to git as an argument: one that starts with '-' would be read as an option.
    private static void checkRef(String parameter, String ref) {
        if (ref.startsWith("-") || ref.chars().anyMatch(c -> c <= ' ' || c == ':')) {
            throw new IllegalArgumentException(parameter + ": '" + ref + "' is not a git revision");
        }
    }
}
