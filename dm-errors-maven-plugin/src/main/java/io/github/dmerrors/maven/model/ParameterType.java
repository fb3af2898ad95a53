package io.github.dmerrors.maven.model;

/**
 * The Java type of a factory method's parameter, chosen from the Go verbs that format it so that a
 * wrong argument is a compile error rather than a {@code %!d(string=…)} at run time.
 */
public enum ParameterType {
    /** Any value: {@code %s}, {@code %v}, {@code %+v}, {@code %q}, {@code %T} and the rest. */
    OBJECT,
    /** An integer: {@code %d}. */
    LONG,
    /** Bytes printed as hex pairs: {@code % X} and {@code % x}. */
    BYTES,
    /** A width or precision taken from the arguments: {@code *}. */
    INT
}
