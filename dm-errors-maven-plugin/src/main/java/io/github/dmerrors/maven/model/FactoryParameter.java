package io.github.dmerrors.maven.model;

import java.util.Objects;

/**
 * One parameter of a generated factory method: one argument of the message template.
 *
 * @param name the parameter's name, {@code arg1}, {@code arg2}, …
 * @param type its Java type
 * @param directives the directives of the template that use it, as written, for example
 *     {@code "%s"}; several are joined with {@code ", "}
 */
public record FactoryParameter(String name, ParameterType type, String directives) {
    public FactoryParameter {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(directives, "directives == null");
    }
}
