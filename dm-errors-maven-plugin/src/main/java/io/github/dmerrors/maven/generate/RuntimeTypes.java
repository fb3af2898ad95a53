package io.github.dmerrors.maven.generate;

import com.palantir.javapoet.ClassName;
import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.ReferencedType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The types generated code refers to, as JavaPoet names them; their names are {@link ReferencedType}'s.
 * They are spelled out rather than taken from the runtime's classes so that a rename in the runtime
 * breaks {@code RuntimeTypesTest}, not the users' builds.
 */
final class RuntimeTypes {
    static final ClassName DM_ERROR = of(ReferencedType.DM_ERROR);
    static final ClassName DM_EXCEPTION = of(ReferencedType.DM_EXCEPTION);
    static final ClassName ERROR_CLASS = of(ReferencedType.ERROR_CLASS);
    static final ClassName ERROR_SCOPE = of(ReferencedType.ERROR_SCOPE);
    static final ClassName ERROR_LEVEL = of(ReferencedType.ERROR_LEVEL);
    static final ClassName ERROR_CATALOGUE = of(ReferencedType.ERROR_CATALOGUE);
    static final ClassName LIST = of(ReferencedType.LIST);
    static final ClassName OPTIONAL = of(ReferencedType.OPTIONAL);
    static final ClassName STREAM = of(ReferencedType.STREAM);

    private RuntimeTypes() {}

    /** Every type the generated code names besides its own. */
    static Stream<ClassName> all() {
        return Arrays.stream(ReferencedType.values()).map(RuntimeTypes::of);
    }

    /** The constant of {@code ErrorClass} for one of DM's classes: {@code sync-unit} → {@code SYNC_UNIT}. */
    static String constantOf(ErrorClass errorClass) {
        if (!errorClass.isKnown()) {
            throw new IllegalArgumentException("not one of DM's classes: " + errorClass);
        }
        return errorClass.name().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static ClassName of(ReferencedType type) {
        return ClassName.get(type.packageName(), type.simpleName());
    }
}
