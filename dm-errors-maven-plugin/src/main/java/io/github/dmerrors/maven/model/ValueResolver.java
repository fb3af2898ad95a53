package io.github.dmerrors.maven.model;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the class, scope and level of an entry into their values, exactly as DM spells them; an
 * unknown one is reported with the nearest valid spelling and the list of valid values. The
 * classes are DM's plus those the build declares, since DM keeps adding classes; an unknown class
 * that another execution declares says so, since that is the likely cause.
 */
final class ValueResolver {
    private final Diagnostics diagnostics;
    private final Map<String, ErrorClass> classes = new LinkedHashMap<>();
    private final String classHint;
    private final ClassesElsewhere elsewhere;

    ValueResolver(Set<ErrorClass> extraClasses, ClassesElsewhere elsewhere, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.elsewhere = elsewhere;
        ErrorClass.known().forEach(known -> classes.put(known.name(), known));
        Map<String, ErrorClass> extras = new TreeMap<>();
        extraClasses.forEach(extra -> extras.put(extra.name(), extra));
        extras.forEach(classes::putIfAbsent);
        String declared = extras.isEmpty()
                ? ""
                : "; <extraClasses> declares " + String.join(", ", extras.keySet());
        this.classHint = "; DM's classes are " + join(ErrorClass.known()) + declared
                + "; declare a class of your own with <extraClasses>";
    }

    Optional<ErrorClass> errorClass(Field field) {
        ErrorClass errorClass = classes.get(field.value());
        if (errorClass == null) {
            report(field, "class", new ArrayList<>(classes.keySet()),
                    classHint + elsewhere.hint(field.value()).orElse(""));
        }
        return Optional.ofNullable(errorClass);
    }

    Optional<ErrorScope> scope(Field field) {
        return resolve(field, "scope", ErrorScope.values());
    }

    Optional<ErrorLevel> level(Field field) {
        return resolve(field, "level", ErrorLevel.values());
    }

    private <E extends Enum<E>> Optional<E> resolve(Field field, String noun, E[] values) {
        for (E value : values) {
            if (value.toString().equals(field.value())) {
                return Optional.of(value);
            }
        }
        report(field, noun, Arrays.stream(values).map(Object::toString).collect(Collectors.toList()),
                "; valid " + noun + "s are " + join(Arrays.asList(values)));
        return Optional.empty();
    }

    private void report(Field field, String noun, List<String> candidates, String hint) {
        String suggestion = EditDistance.nearest(field.value(), candidates)
                .map(nearest -> " (did you mean '" + nearest + "'?)")
                .orElse("");
        diagnostics.error(field.location(), "unknown " + noun + " '" + Excerpt.of(field.value()) + "'" + suggestion + hint);
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
