package io.github.dmerrors.maven.generate;

import com.palantir.javapoet.ClassName;
import io.github.dmerrors.ErrorClass;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The runtime types generated code refers to, named in one place. They are spelled out rather than
 * taken from the runtime's classes so that a rename in the runtime breaks {@code RuntimeTypesTest},
 * not the users' builds.
 */
final class RuntimeTypes {
    static final String PACKAGE = "io.github.dmerrors";

    static final ClassName DM_ERROR = ClassName.get(PACKAGE, "DmError");
    static final ClassName DM_EXCEPTION = ClassName.get(PACKAGE, "DmException");
    static final ClassName ERROR_CLASS = ClassName.get(PACKAGE, "ErrorClass");
    static final ClassName ERROR_SCOPE = ClassName.get(PACKAGE, "ErrorScope");
    static final ClassName ERROR_LEVEL = ClassName.get(PACKAGE, "ErrorLevel");
    static final ClassName ERROR_CATALOGUE = ClassName.get(PACKAGE, "ErrorCatalogue");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");

    private RuntimeTypes() {}

    /** Every type the generated code names, for the check that none is hidden by a constant. */
    static Stream<ClassName> all() {
        return Stream.of(DM_ERROR, DM_EXCEPTION, ERROR_CLASS, ERROR_SCOPE, ERROR_LEVEL, ERROR_CATALOGUE, LIST, OPTIONAL, STREAM);
    }

    /** The constant of {@code ErrorClass} for one of DM's classes: {@code sync-unit} → {@code SYNC_UNIT}. */
    static String constantOf(ErrorClass errorClass) {
        if (!errorClass.isKnown()) {
            throw new IllegalArgumentException("not one of DM's classes: " + errorClass);
        }
        return errorClass.name().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
