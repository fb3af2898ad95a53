package io.github.dmerrors.maven.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import io.github.dmerrors.maven.guide.Guide;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.FactoryParameter;
import io.github.dmerrors.maven.model.JavaNames;
import io.github.dmerrors.maven.model.ParameterType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The members one catalogue entry contributes: its constant and, if it takes arguments, a factory. */
final class ErrorMembers {
    private ErrorMembers() {}

    static FieldSpec constant(ErrorDefinition error, Guide guide) {
        CodeBlock errorClass = error.errorClass().isKnown()
                ? CodeBlock.of("$T.$N", RuntimeTypes.ERROR_CLASS, RuntimeTypes.constantOf(error.errorClass()))
                : CodeBlock.of("$T.of($S)", RuntimeTypes.ERROR_CLASS, error.errorClass().name());
        return FieldSpec.builder(RuntimeTypes.DM_ERROR, error.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(constantJavadoc(error, guide))
                .initializer(
                        "$T.of(\n$>$>$L,\n$S,\n$L,\n$T.$N,\n$T.$N,\n$L,\n$L)$<$<",
                        RuntimeTypes.DM_ERROR,
                        error.code(),
                        error.name(),
                        errorClass,
                        RuntimeTypes.ERROR_SCOPE,
                        error.scope().name(),
                        RuntimeTypes.ERROR_LEVEL,
                        error.level().name(),
                        JavaLiterals.string(error.message()),
                        JavaLiterals.string(error.workaround()))
                .build();
    }

    static Optional<MethodSpec> factory(ErrorDefinition error) {
        List<FactoryParameter> parameters = error.parameters();
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        MethodSpec.Builder factory = MethodSpec.methodBuilder(JavaNames.factoryName(error))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.DM_EXCEPTION)
                .addJavadoc("Creates {@link #$N} with its message formatted from the arguments:\n", error.name())
                .addJavadoc("<code>$L</code>.\n", JavadocText.escape(error.message()))
                .addJavadoc("\n");
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (FactoryParameter parameter : parameters) {
            // A parameter must not hide the constant the body refers to.
            String name = parameter.name().equals(error.name()) ? parameter.name() + "_" : parameter.name();
            factory.addParameter(ParameterSpec.builder(typeOf(parameter.type()), name).build());
            factory.addJavadoc("@param $N $L\n", name, parameterJavadoc(parameter));
            arguments.add(arguments.isEmpty() ? "$N" : ", $N", name);
        }
        factory.addJavadoc("@return a new exception, to throw or to return\n");
        factory.addStatement("return $N.generate($L)", error.name(), arguments.build());
        return Optional.of(factory.build());
    }

    /** JavaPoet's name of {@code type}, which it writes as {@link ParameterType#javaName()} spells it. */
    static TypeName typeOf(ParameterType type) {
        return switch (type) {
            case OBJECT -> ClassName.OBJECT;
            case LONG -> TypeName.LONG;
            case INT -> TypeName.INT;
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
        };
    }

    private static String parameterJavadoc(FactoryParameter parameter) {
        if (parameter.directives().isEmpty()) {
            return "an argument the message does not print";
        }
        String use = parameter.type() == ParameterType.INT ? "the width or precision of " : "the value of ";
        return use + "<code>" + JavadocText.escape(parameter.directives()) + "</code>";
    }

    private static CodeBlock constantJavadoc(ErrorDefinition error, Guide guide) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (error.message().isEmpty()) {
            doc.add("Error $L.\n", error.code());
        } else {
            doc.add("Error $L: $L\n", error.code(), JavadocText.escape(error.message()));
        }
        if (!error.workaround().isEmpty()) {
            doc.add("\n<p>Workaround: $L\n", JavadocText.escape(error.workaround()));
        }
        guide.of(error).ifPresent(entry -> {
            GuideJavadoc.section(doc, "What it means.", entry.description());
            GuideJavadoc.section(doc, "How to handle it.", entry.handling());
        });
        doc.add("\n<p>Class {@code $L}, scope {@code $L}, level {@code $L}: $L\n",
                error.errorClass(), error.scope(), error.level(), JavadocText.escape(guide.prints()));
        doc.add("{@code [code=$L:class=$L:scope=$L:level=$L]}.\n",
                error.code(), error.errorClass(), error.scope(), error.level());
        if (!error.parameters().isEmpty()) {
            doc.add("\n@see #$N\n", JavaNames.factoryName(error));
        }
        return doc.build();
    }
}
