package io.github.dmerrors.maven.model;

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
 */
public record Catalogue(Path file, List<ErrorDefinition> errors) {
    public Catalogue {
        Objects.requireNonNull(file, "file == null");
        errors = List.copyOf(errors);
        Set<String> names = new HashSet<>();
        Set<Integer> codes = new HashSet<>();
        for (ErrorDefinition error : errors) {
            if (!names.add(error.name()) || !codes.add(error.code())) {
                throw new IllegalArgumentException(
                        "duplicate name or code: " + error.name() + " " + error.code());
            }
        }
    }
}
