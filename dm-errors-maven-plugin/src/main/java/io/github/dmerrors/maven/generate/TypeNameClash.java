package io.github.dmerrors.maven.generate;

import com.palantir.javapoet.ClassName;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Keeps constants from hiding the types generated code names. Java prefers a variable to a type
 * when a simple name could be either (JLS 6.4.2), so a constant named {@code ErrorClass} would turn
 * {@code ErrorClass.DATABASE} into a field access on the constant. Such types are written fully
 * qualified instead, which in turn fails only if another constant is named like the first segment
 * of their package ({@code io}, {@code java}): that one case is reported as a conflict.
 */
final class TypeNameClash {
    /**
     * A constant that makes the generated code impossible to compile.
     *
     * @param error the entry whose name is the problem
     * @param message why, as a diagnostic message
     */
    record Conflict(ErrorDefinition error, String message) {}

    private TypeNameClash() {}

    /** The simple names the generated code must write fully qualified. */
    static Set<String> namesToQualify(Catalogue catalogue, GenerationTarget target) {
        Set<String> names = catalogue.errors().stream().map(ErrorDefinition::name).collect(Collectors.toSet());
        return referencedTypes(catalogue, target)
                .map(ClassName::simpleName)
                .filter(names::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The constants that hide a package whose types must be written fully qualified. */
    static List<Conflict> conflicts(Catalogue catalogue, GenerationTarget target) {
        Set<String> qualified = namesToQualify(catalogue, target);
        Map<String, ErrorDefinition> byName = catalogue.errors().stream()
                .collect(Collectors.toMap(ErrorDefinition::name, Function.identity()));
        List<Conflict> conflicts = new ArrayList<>();
        for (ClassName type : referencedTypes(catalogue, target).toList()) {
            String segment = type.packageName().split("\\.")[0];
            ErrorDefinition hiding = byName.get(segment);
            if (hiding != null && qualified.contains(type.simpleName())) {
                conflicts.add(new Conflict(hiding, "name '" + segment + "' hides package '" + segment
                        + "', which the generated class needs to name " + type.canonicalName()
                        + " in full (an entry is named '" + type.simpleName() + "'); rename one of the two"));
            }
        }
        return conflicts;
    }

    private static Stream<ClassName> referencedTypes(Catalogue catalogue, GenerationTarget target) {
        int parts = catalogue.errors().size() <= JavaNames.ENTRIES_PER_CLASS
                ? 0
                : (catalogue.errors().size() + JavaNames.ENTRIES_PER_CLASS - 1) / JavaNames.ENTRIES_PER_CLASS;
        return Stream.concat(
                Stream.concat(RuntimeTypes.all(), Stream.of(ClassName.get(target.packageName(), target.className()))),
                IntStream.rangeClosed(1, parts)
                        .mapToObj(n -> ClassName.get(target.packageName(), JavaNames.partName(target.className(), n))));
    }
}
