package io.github.dmerrors.maven.model;

/**
 * A type the generated code names besides its own classes: the runtime's, and the JDK's it uses.
 * Named here, once, so that validation can check that no constant hides one (see
 * {@link TypeNameClash}) and the generator can write them without knowing of that check.
 */
public enum ReferencedType {
    /** The runtime's error type. */
    DM_ERROR(ReferencedType.RUNTIME, "DmError"),
    /** The runtime's exception. */
    DM_EXCEPTION(ReferencedType.RUNTIME, "DmException"),
    /** The runtime's error class. */
    ERROR_CLASS(ReferencedType.RUNTIME, "ErrorClass"),
    /** The runtime's error scope. */
    ERROR_SCOPE(ReferencedType.RUNTIME, "ErrorScope"),
    /** The runtime's error level. */
    ERROR_LEVEL(ReferencedType.RUNTIME, "ErrorLevel"),
    /** The runtime's catalogue of errors. */
    ERROR_CATALOGUE(ReferencedType.RUNTIME, "ErrorCatalogue"),
    /** {@code java.util.List}. */
    LIST("java.util", "List"),
    /** {@code java.util.Optional}. */
    OPTIONAL("java.util", "Optional"),
    /** {@code java.util.stream.Stream}. */
    STREAM("java.util.stream", "Stream");

    private static final String RUNTIME = "io.github.dmerrors";

    private final String packageName;
    private final String simpleName;

    ReferencedType(String packageName, String simpleName) {
        this.packageName = packageName;
        this.simpleName = simpleName;
    }

    /** The type's package, such as {@code io.github.dmerrors}. */
    public String packageName() {
        return packageName;
    }

    /** The type's simple name, such as {@code DmError}. */
    public String simpleName() {
        return simpleName;
    }
}
