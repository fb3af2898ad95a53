package io.github.dmerrors.maven.docs;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.guide.Guide;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every format documents: the entries of a catalogue in code order, the order in which
 * operators look codes up and DM's {@code errors.toml} lists them, whatever the order of the file.
 *
 * @param catalogueName the catalogue as the user knows it, for example
 *     {@code src/main/errors/errors_release.txt}
 * @param errors the entries, sorted by code
 * @param guide what the catalogue's guide says, and the words for its product
 */
record ErrorReference(String catalogueName, List<ErrorDefinition> errors, Guide guide) {
    ErrorReference {
        Objects.requireNonNull(catalogueName, "catalogueName == null");
        Objects.requireNonNull(guide, "guide == null");
        List<ErrorDefinition> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(ErrorDefinition::code));
        errors = List.copyOf(sorted);
    }

    /** The reference of a checked catalogue without a guide. */
    static ErrorReference of(Catalogue catalogue, String catalogueName) {
        return of(catalogue, Guide.none(catalogue), catalogueName);
    }

    /** The reference of a checked catalogue and its guide. */
    static ErrorReference of(Catalogue catalogue, Guide guide, String catalogueName) {
        return new ErrorReference(catalogueName, catalogue.errors(), guide);
    }

    /**
     * Groups the entries by class: DM's classes in the order of DM's documentation, then the
     * catalogue's own classes by name; only classes that have entries, each with its entries in
     * code order.
     */
    Map<ErrorClass, List<ErrorDefinition>> byClass() {
        Map<ErrorClass, List<ErrorDefinition>> groups = new HashMap<>();
        for (ErrorDefinition error : errors) {
            groups.computeIfAbsent(error.errorClass(), errorClass -> new ArrayList<>()).add(error);
        }
        List<ErrorClass> order = new ArrayList<>(ErrorClass.known());
        groups.keySet().stream()
                .filter(errorClass -> !errorClass.isKnown())
                .sorted(Comparator.comparing(ErrorClass::name))
                .forEach(order::add);
        Map<ErrorClass, List<ErrorDefinition>> classes = new LinkedHashMap<>();
        for (ErrorClass errorClass : order) {
            List<ErrorDefinition> group = groups.get(errorClass);
            if (group != null) {
                classes.put(errorClass, List.copyOf(group));
            }
        }
        return classes;
    }
}
