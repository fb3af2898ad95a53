package io.github.dmerrors.maven.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.guide.Guide;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.model.JavaNames;
import io.github.dmerrors.maven.model.TypeNameClash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the Java sources of a catalogue: one public final class with a constant per entry, a
 * typed factory per entry whose message takes arguments, and lookups by code and name; split into
 * parts beyond {@link JavaNames#ENTRIES_PER_CLASS} entries (see {@link JavaNames}).
 *
 * <p>The output depends on nothing but the catalogue, its guide and the target: no time, no
 * machine, no locale, so the same input gives the same bytes everywhere.
 */
public final class JavaSourceGenerator {
    private static final String INDENT = "    ";
    private static final String ENTRIES = "entries";

    private final GenerationTarget target;
    private final Catalogue catalogue;
    private final Guide guide;
    private final String[] qualified;

    private JavaSourceGenerator(Catalogue catalogue, Guide guide, GenerationTarget target) {
        this.catalogue = catalogue;
        this.guide = guide;
        this.target = target;
        this.qualified = TypeNameClash.namesToQualify(catalogue, target).toArray(String[]::new);
    }

    /**
     * Generates the sources of {@code catalogue}, the catalogue class first, then its parts in order.
     *
     * @param catalogue a catalogue that validation accepted for {@code target}: {@link
     *     io.github.dmerrors.maven.model.CatalogueLoader#load(java.nio.file.Path, byte[], java.util.Set,
     *     io.github.dmerrors.maven.model.ClassesElsewhere, GenerationTarget)} or {@link
     *     TypeNameClash#check} found no error
     * @throws IllegalArgumentException if it was not accepted for {@code target}
     */
    public static List<GeneratedSource> generate(Catalogue catalogue, GenerationTarget target) {
        return generate(catalogue, Guide.none(catalogue), target);
    }

    /**
     * Generates the sources of {@code catalogue} with what its {@code guide} says in each
     * constant's Javadoc, the catalogue class first, then its parts in order.
     *
     * @param catalogue a catalogue that validation accepted for {@code target}, as for {@link
     *     #generate(Catalogue, GenerationTarget)}
     * @param guide the catalogue's checked guide; {@link Guide#none} when it has none
     * @throws IllegalArgumentException if the catalogue was not accepted for {@code target}
     */
    public static List<GeneratedSource> generate(Catalogue catalogue, Guide guide, GenerationTarget target) {
        List<Diagnostic> clashes = TypeNameClash.check(catalogue, target);
        if (!clashes.isEmpty()) {
            throw new IllegalArgumentException("not generated into " + target + " by validation: " + clashes);
        }
        return new JavaSourceGenerator(catalogue, guide, target).sources();
    }

    private List<GeneratedSource> sources() {
        List<ErrorDefinition> errors = catalogue.errors();
        List<GeneratedSource> sources = new ArrayList<>();
        if (errors.size() <= JavaNames.ENTRIES_PER_CLASS) {
            sources.add(source(catalogueClass(errors, null, 0)));
            return sources;
        }
        List<List<ErrorDefinition>> parts = new ArrayList<>();
        for (int from = 0; from < errors.size(); from += JavaNames.ENTRIES_PER_CLASS) {
            parts.add(errors.subList(from, Math.min(errors.size(), from + JavaNames.ENTRIES_PER_CLASS)));
        }
        sources.add(source(catalogueClass(List.of(), partClass(parts.size()), parts.size())));
        for (int number = 1; number <= parts.size(); number++) {
            sources.add(source(part(number, parts.get(number - 1))));
        }
        return sources;
    }

    private TypeSpec catalogueClass(List<ErrorDefinition> ownErrors, ClassName superclass, int partCount) {
        String catalogueField = JavaNames.freeName("CATALOGUE", catalogue.errors());
        TypeSpec.Builder type = TypeSpec.classBuilder(target.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(ClassJavadoc.of(catalogue, guide, target, partCount))
                .alwaysQualify(qualified);
        if (superclass != null) {
            type.superclass(superclass);
        }
        addErrors(type, ownErrors);
        type.addField(FieldSpec.builder(
                        RuntimeTypes.ERROR_CATALOGUE, catalogueField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every entry, indexed by code and by name.\n")
                .initializer(catalogueInitializer(ownErrors, partCount))
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Not instantiable: every member is static.\n")
                .build());
        type.addMethod(lookup("catalogue", RuntimeTypes.ERROR_CATALOGUE, null, null, catalogueField,
                "Returns the catalogue of these errors, for code that takes an {@link $T}.\n\n@return the catalogue\n",
                RuntimeTypes.ERROR_CATALOGUE));
        type.addMethod(lookup("all", ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.DM_ERROR), null, null,
                catalogueField, "Returns every error, in catalogue order.\n\n@return an unmodifiable list\n"));
        type.addMethod(lookup("byCode", ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, RuntimeTypes.DM_ERROR),
                TypeName.INT, "code", catalogueField,
                "Finds the error of a code, in constant time.\n\n@param code the error code, for example"
                        + " {@code $L}\n@return the error, or empty if the catalogue has no such code\n",
                catalogue.errors().get(0).code()));
        type.addMethod(lookup("byName", ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, RuntimeTypes.DM_ERROR),
                ClassName.get(String.class), "name", catalogueField,
                "Finds the error of a name, in constant time.\n\n@param name the entry's name, for example"
                        + " {@code \"$L\"}; may be null\n@return the error, or empty if the catalogue has no such name\n",
                catalogue.errors().get(0).name()));
        addFactories(type, ownErrors);
        return type.build();
    }

    private CodeBlock catalogueInitializer(List<ErrorDefinition> ownErrors, int partCount) {
        if (partCount == 0) {
            CodeBlock.Builder list = CodeBlock.builder().add("$T.of(\n$>$>", RuntimeTypes.ERROR_CATALOGUE);
            for (int i = 0; i < ownErrors.size(); i++) {
                list.add(i == 0 ? "$N" : ",\n$N", ownErrors.get(i).name());
            }
            return list.add(")$<$<").build();
        }
        // Too many entries for one method: each part lists its own.
        CodeBlock.Builder list = CodeBlock.builder()
                .add("$T.of($T.of(\n$>$>$>$>", RuntimeTypes.ERROR_CATALOGUE, RuntimeTypes.STREAM);
        for (int number = 1; number <= partCount; number++) {
            list.add(number == 1 ? "$L.$N()" : ",\n$L.$N()", partInExpression(number), ENTRIES);
        }
        return list.add(")$<$<\n.flatMap($T::stream)\n.toList())$<$<", RuntimeTypes.LIST).build();
    }

    private MethodSpec lookup(String name, TypeName returns, TypeName parameterType, String parameter,
            String catalogueField, String javadoc, Object... javadocArgs) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(returns)
                .addJavadoc(javadoc, javadocArgs);
        if (parameter == null) {
            return name.equals("catalogue")
                    ? method.addStatement("return $N", catalogueField).build()
                    : method.addStatement("return $N.$N()", catalogueField, name).build();
        }
        return method.addParameter(parameterType, parameter)
                .addStatement("return $N.$N($N)", catalogueField, name, parameter)
                .build();
    }

    private TypeSpec part(int number, List<ErrorDefinition> errors) {
        TypeSpec.Builder type = TypeSpec.classBuilder(JavaNames.partName(target.className(), number))
                .addModifiers(Modifier.ABSTRACT)
                .addJavadoc("Entries $L to $L of {@link $T}, which inherits their constants and factories.\n",
                        (number - 1) * JavaNames.ENTRIES_PER_CLASS + 1,
                        (number - 1) * JavaNames.ENTRIES_PER_CLASS + errors.size(),
                        ClassName.get(target.packageName(), target.className()))
                .alwaysQualify(qualified);
        if (number > 1) {
            type.superclass(partClass(number - 1));
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("Extended only by the next part or the catalogue class.\n")
                .build());
        addErrors(type, errors);
        type.addMethod(entries(errors));
        addFactories(type, errors);
        return type.build();
    }

    // Static methods are inherited too, and a part's hides the previous part's; the catalogue class
    // always calls them qualified, and users cannot see them (package-private).
    private static MethodSpec entries(List<ErrorDefinition> errors) {
        CodeBlock.Builder list = CodeBlock.builder().add("return $T.of(\n$>$>", RuntimeTypes.LIST);
        for (int i = 0; i < errors.size(); i++) {
            list.add(i == 0 ? "$N" : ",\n$N", errors.get(i).name());
        }
        return MethodSpec.methodBuilder(ENTRIES)
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Returns this part's entries, in catalogue order.\n\n@return the entries\n")
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.DM_ERROR))
                .addStatement(list.add(")$<$<").build())
                .build();
    }

    /**
     * A part class where a name could also be a variable. JavaPoet's {@code alwaysQualify} leaves
     * types of the class's own package unqualified, so a part that an entry's constant hides
     * (JLS 6.4.2) is written in full here.
     */
    private CodeBlock partInExpression(int number) {
        ClassName part = partClass(number);
        return Arrays.asList(qualified).contains(part.simpleName())
                ? CodeBlock.of("$L", part.canonicalName())
                : CodeBlock.of("$T", part);
    }

    private ClassName partClass(int number) {
        return ClassName.get(target.packageName(), JavaNames.partName(target.className(), number));
    }

    private void addErrors(TypeSpec.Builder type, List<ErrorDefinition> errors) {
        for (ErrorDefinition error : errors) {
            type.addField(ErrorMembers.constant(error, guide));
        }
    }

    private static void addFactories(TypeSpec.Builder type, List<ErrorDefinition> errors) {
        for (ErrorDefinition error : errors) {
            ErrorMembers.factory(error).ifPresent(type::addMethod);
        }
    }

    private GeneratedSource source(TypeSpec type) {
        JavaFile file = JavaFile.builder(target.packageName(), type)
                .addFileComment("Generated by dm-errors-maven-plugin from $L. Do not edit.",
                        JavaLiterals.forLineComment(target.sourceName()))
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
        return new GeneratedSource(
                target.sourcePath(type.name()), JavaLiterals.escapeInvisible(file.toString()));
    }
}
