package io.github.dmerrors.maven.pipeline;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.ExtraClasses;
import io.github.dmerrors.maven.model.GenerationTarget;
import io.github.dmerrors.maven.text.ShownPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the {@code generate} goal was asked to do.
 *
 * @param catalogue the catalogue file
 * @param baseDirectory the project's directory, against which the catalogue is named in the
 *     generated header so that it is the same on every machine
 * @param packageName the package of the generated class
 * @param className the simple name of the generated class
 * @param outputDirectory the generated source root
 * @param buildDirectory the build directory ({@code target}), where the writer keeps its records
 * @param extraClasses the error classes the build declares besides DM's
 * @param owner who writes into {@code outputDirectory}: one name per generating execution
 * @param generatorVersion names the generator: the plugin's version, with a digest of its code
 *     for a SNAPSHOT; part of what makes an output up to date
 * @param classesElsewhere the classes other executions declare and this one does not see, named in
 *     the report of an unknown class
 * @param guide the catalogue's handling guide; empty if it has none
 */
public record GenerateRequest(
        Path catalogue,
        Path baseDirectory,
        String packageName,
        String className,
        Path outputDirectory,
        Path buildDirectory,
        List<String> extraClasses,
        String owner,
        String generatorVersion,
        ClassesElsewhere classesElsewhere,
        Optional<Path> guide) {
    public GenerateRequest {
        Objects.requireNonNull(catalogue, "catalogue == null");
        Objects.requireNonNull(baseDirectory, "baseDirectory == null");
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(buildDirectory, "buildDirectory == null");
        Objects.requireNonNull(classesElsewhere, "classesElsewhere == null");
        Objects.requireNonNull(owner, "owner == null");
        Objects.requireNonNull(generatorVersion, "generatorVersion == null");
        Objects.requireNonNull(guide, "guide == null");
        if (packageName == null || packageName.isBlank()) {
            throw new IllegalArgumentException("packageName is required, for example <packageName>com.example.errors</packageName>");
        }
        extraClasses = ExtraClasses.checked(extraClasses);
        // Fails now, with the parameter named, rather than after the catalogue was read.
        new GenerationTarget(packageName, className, catalogue.toString());
    }

    /**
     * A request of a goal that knows of no other execution, in a project whose build directory is
     * Maven's default, {@code target} in {@code baseDirectory}.
     */
    public GenerateRequest(Path catalogue, Path baseDirectory, String packageName, String className,
            Path outputDirectory, List<String> extraClasses, String owner, String generatorVersion,
            Optional<Path> guide) {
        this(catalogue, baseDirectory, packageName, className, outputDirectory, baseDirectory.resolve("target"),
                extraClasses, owner, generatorVersion, ClassesElsewhere.NONE, guide);
    }

    /** Such a request for a catalogue without a guide. */
    public GenerateRequest(Path catalogue, Path baseDirectory, String packageName, String className,
            Path outputDirectory, List<String> extraClasses, String owner, String generatorVersion) {
        this(catalogue, baseDirectory, packageName, className, outputDirectory, extraClasses, owner,
                generatorVersion, Optional.empty());
    }

    /** The declared classes as the validator takes them. */
    Set<ErrorClass> declaredClasses() {
        return ExtraClasses.of(extraClasses);
    }

    /** Where the generated class goes, and how its header names the catalogue. */
    GenerationTarget target() {
        return new GenerationTarget(packageName, className, catalogueName());
    }

    /** The catalogue as the user knows it: relative to the project when it lies inside it. */
    String catalogueName() {
        return ShownPath.inDocument(catalogue, baseDirectory);
    }
}
