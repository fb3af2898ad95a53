package io.github.dmerrors.maven.model;

import java.util.Objects;

/**
 * Where generated code goes and what it says about its origin.
 *
 * @param packageName the package of the catalogue class, for example {@code io.github.dmerrors.examples}
 * @param className the simple name of the catalogue class, for example {@code DmErrors}
 * @param sourceName the catalogue as the header names it, for example
 *     {@code src/main/errors/errors_release.txt}: relative, so the output is the same on every machine
 */
public record GenerationTarget(String packageName, String className, String sourceName) {
    public GenerationTarget {
        Objects.requireNonNull(packageName, "packageName == null");
        Objects.requireNonNull(className, "className == null");
        Objects.requireNonNull(sourceName, "sourceName == null");
        JavaIdentifiers.packageProblem(packageName).ifPresent(problem -> {
            throw new IllegalArgumentException("not a valid package name: '" + packageName + "': " + problem);
        });
        JavaIdentifiers.classProblem(className).ifPresent(problem -> {
            throw new IllegalArgumentException("not a valid class name: '" + className + "': " + problem);
        });
    }

    /**
     * The path of a class of the target's package relative to the source root, with {@code /}
     * separators: {@code com/example/DmErrors.java}.
     */
    public String sourcePath(String simpleName) {
        return packageName.replace('.', '/') + "/" + simpleName + ".java";
    }
}
