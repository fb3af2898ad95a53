package io.github.dmerrors.maven.model;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A checked catalogue: every entry of one {@code errors_release.txt}, in file order, with unique
 * names and codes.
 *
 * @param file the catalogue file, as the user named it
 * @param errors the entries, in file order
 * @param warnings what was accepted but deserves the user's attention, for the build to report;
 *     never an error
 */
public record Catalogue(Path file, List<ErrorDefinition> errors, List<Diagnostic> warnings) {
    public Catalogue {
        Objects.requireNonNull(file, "file == null");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        Set<String> names = new HashSet<>();
        Set<Integer> codes = new HashSet<>();
        for (ErrorDefinition error : errors) {
            if (!names.add(error.name()) || !codes.add(error.code())) {
                throw new IllegalArgumentException(
                        "duplicate name or code: " + error.name() + " " + error.code());
            }
        }
        for (Diagnostic warning : warnings) {
            if (warning.severity() != Severity.WARNING) {
                throw new IllegalArgumentException("not a warning: " + warning);
            }
        }
    }

    /**
     * A catalogue without warnings.
     *
     * @param file the catalogue file, as the user named it
     * @param errors the entries, in file order
     */
    public Catalogue(Path file, List<ErrorDefinition> errors) {
        this(file, errors, List.of());
    }
}
