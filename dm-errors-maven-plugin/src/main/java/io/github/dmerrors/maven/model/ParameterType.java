package io.github.dmerrors.maven.model;

/**
 * The Java type of a factory method's parameter, chosen from the Go verbs that format it so that a
 * wrong argument is a compile error rather than a {@code %!d(string=…)} at run time.
 */
public enum ParameterType {
    /** Any value: {@code %s}, {@code %v}, {@code %+v}, {@code %q}, {@code %T} and the rest. */
    OBJECT("Object"),
    /** An integer: {@code %d}. */
    LONG("long"),
    /** Bytes printed as hex pairs: {@code % X} and {@code % x}. */
    BYTES("byte[]"),
    /** A width or precision taken from the arguments: {@code *}. */
    INT("int");

    private final String javaName;

    ParameterType(String javaName) {
        this.javaName = javaName;
    }

    /** How Java source spells the type: {@code Object}, {@code long}, {@code byte[]}, {@code int}. */
    public String javaName() {
        return javaName;
    }
}
