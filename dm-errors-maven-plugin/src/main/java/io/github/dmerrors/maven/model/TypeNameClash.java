package io.github.dmerrors.maven.model;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Arrays;
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
 * of their package ({@code io}, {@code java}): that one case is an error of the catalogue for that
 * target, reported by {@link #check} before anything is generated.
 */
public final class TypeNameClash {
    private TypeNameClash() {}

    /** The simple names the generated code must write fully qualified. */
    public static Set<String> namesToQualify(Catalogue catalogue, GenerationTarget target) {
        Set<String> names = catalogue.errors().stream().map(ErrorDefinition::name).collect(Collectors.toSet());
        return referencedTypes(catalogue, target)
                .map(QualifiedName::simpleName)
                .filter(names::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Finds what would make the code generated for {@code target} fail to compile although the
     * catalogue is valid: an entry named like the first segment of a package the code must name in
     * full. Each is an error at the entry's line.
     *
     * @return the errors, empty if the catalogue can be generated into {@code target}
     */
    public static List<Diagnostic> check(Catalogue catalogue, GenerationTarget target) {
        Set<String> qualified = namesToQualify(catalogue, target);
        Map<String, ErrorDefinition> byName = catalogue.errors().stream()
                .collect(Collectors.toMap(ErrorDefinition::name, Function.identity()));
        List<Diagnostic> conflicts = new ArrayList<>();
        for (QualifiedName type : referencedTypes(catalogue, target).toList()) {
            String segment = type.packageName().split("\\.")[0];
            ErrorDefinition hiding = byName.get(segment);
            if (hiding != null && qualified.contains(type.simpleName())) {
                conflicts.add(new Diagnostic(Severity.ERROR, hiding.location(), "name '" + segment
                        + "' hides package '" + segment + "', which the generated class needs to name "
                        + type.packageName() + "." + type.simpleName() + " in full (an entry is named '"
                        + type.simpleName() + "'); rename one of the two"));
            }
        }
        return conflicts;
    }

    private record QualifiedName(String packageName, String simpleName) {}

    private static Stream<QualifiedName> referencedTypes(Catalogue catalogue, GenerationTarget target) {
        Stream<QualifiedName> runtime = Arrays.stream(ReferencedType.values())
                .map(type -> new QualifiedName(type.packageName(), type.simpleName()));
        Stream<QualifiedName> own = IntStream.rangeClosed(0, JavaNames.partCount(catalogue.errors().size()))
                .mapToObj(part -> new QualifiedName(target.packageName(),
                        part == 0 ? target.className() : JavaNames.partName(target.className(), part)));
        return Stream.concat(runtime, own);
    }
}
