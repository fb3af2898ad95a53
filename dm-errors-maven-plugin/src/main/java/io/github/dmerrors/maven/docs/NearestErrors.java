package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.model.EditDistance;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the errors a user probably meant when the code or name asked about does not exist. */
final class NearestErrors {
    /** Enough to spot the one meant, few enough to read at a glance. */
    static final int COUNT = 3;

    private NearestErrors() {}

    /** The errors whose codes are nearest to {@code code}, the lower first of two as near, in code order. */
    static List<ErrorDefinition> byCode(List<ErrorDefinition> errors, int code) {
        return errors.stream()
                .sorted(Comparator.comparingLong((ErrorDefinition error) -> Math.abs((long) error.code() - code))
                        .thenComparingInt(ErrorDefinition::code))
                .limit(COUNT)
                .sorted(Comparator.comparingInt(ErrorDefinition::code))
                .toList();
    }

    /**
     * The errors whose names are nearest to {@code name}, nearest first: names that contain it,
     * ignoring case, before the others, since a user often types part of a name; then by edit
     * distance, ignoring case; then by name.
     */
    static List<ErrorDefinition> byName(List<ErrorDefinition> errors, String name) {
        String part = name.toLowerCase(Locale.ROOT);
        return errors.stream()
                .sorted(Comparator
                        .comparing((ErrorDefinition error) -> !error.name().toLowerCase(Locale.ROOT).contains(part))
                        .thenComparingInt(error -> EditDistance.between(name, error.name()))
                        .thenComparing(ErrorDefinition::name))
                .limit(COUNT)
                .toList();
    }
}
