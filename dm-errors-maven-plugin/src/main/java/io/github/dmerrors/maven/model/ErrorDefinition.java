package io.github.dmerrors.maven.model;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One checked catalogue entry: the values of a line of {@code errors_release.txt}, decoded (a
 * {@code \n} in the text is a real newline here) and valid.
 *
 * @param code the error code, 1 to 2³¹−1
 * @param name the entry's name, a valid Java identifier and not a keyword
 * @param errorClass the component the error belongs to
 * @param scope where the error comes from
 * @param level how severe it is
 * @param message the message template, a Go format string; empty if none
 * @param workaround the workaround; empty if none
 * @param parameters the factory method's parameters, one per argument of the template; empty if
 *     the message takes no arguments
 * @param location where the entry's line starts
 * @param fields where its name, code, class, scope and level start
 */
public record ErrorDefinition(
        int code,
        String name,
        ErrorClass errorClass,
        ErrorScope scope,
        ErrorLevel level,
        String message,
        String workaround,
        List<FactoryParameter> parameters,
        SourceLocation location,
        EntryLocations fields) {
    public ErrorDefinition {
        if (code <= 0) {
            throw new IllegalArgumentException("code must be positive: " + code);
        }
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(errorClass, "errorClass == null");
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(workaround, "workaround == null");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(location, "location == null");
        Objects.requireNonNull(fields, "fields == null");
    }

    /** An entry whose fields are all located at the start of its line, as one made in code is. */
    public ErrorDefinition(int code, String name, ErrorClass errorClass, ErrorScope scope, ErrorLevel level,
            String message, String workaround, List<FactoryParameter> parameters, SourceLocation location) {
        this(code, name, errorClass, scope, level, message, workaround, parameters, location,
                EntryLocations.at(location));
    }
}
