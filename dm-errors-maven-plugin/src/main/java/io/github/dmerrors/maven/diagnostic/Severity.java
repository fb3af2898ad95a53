package io.github.dmerrors.maven.diagnostic;

/** How bad a {@link Diagnostic} is: an error stops generation, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
