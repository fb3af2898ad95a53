package io.github.dmerrors.maven.docs;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.ExtraClasses;
import io.github.dmerrors.maven.text.ShownPath;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the {@code docs} goal was asked to do.
 *
 * @param catalogue the catalogue file
 * @param baseDirectory the project's directory, or the current one without a project: the
 *     documents name the catalogue relative to it, so that they are the same on every machine
 * @param outputDirectory where the documents go
 * @param buildDirectory the build directory ({@code target}), where the writer keeps its records
 * @param formats the formats to write, at least one, each once
 * @param extraClasses the error classes the build declares besides DM's
 * @param owner who writes into {@code outputDirectory}: one name per documenting execution
 * @param classesElsewhere the classes other executions declare and this one does not see, named in
 *     the report of an unknown class
 * @param guide the catalogue's handling guide; empty if it has none
 */
public record DocsRequest(
        Path catalogue,
        Path baseDirectory,
        Path outputDirectory,
        Path buildDirectory,
        List<DocsFormat> formats,
        List<String> extraClasses,
        String owner,
        ClassesElsewhere classesElsewhere,
        Optional<Path> guide) {
    public DocsRequest {
        Objects.requireNonNull(catalogue, "catalogue == null");
        Objects.requireNonNull(baseDirectory, "baseDirectory == null");
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(buildDirectory, "buildDirectory == null");
        Objects.requireNonNull(classesElsewhere, "classesElsewhere == null");
        Objects.requireNonNull(owner, "owner == null");
        formats = List.copyOf(new LinkedHashSet<>(formats));
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("docsFormats lists no format");
        }
        extraClasses = ExtraClasses.checked(extraClasses);
        Objects.requireNonNull(guide, "guide == null");
    }

    /**
     * A request of a goal that knows of no other execution, in a project whose build directory is
     * Maven's default, {@code target} in {@code baseDirectory}.
     */
    public DocsRequest(Path catalogue, Path baseDirectory, Path outputDirectory, List<DocsFormat> formats,
            List<String> extraClasses, String owner, Optional<Path> guide) {
        this(catalogue, baseDirectory, outputDirectory, baseDirectory.resolve("target"), formats, extraClasses,
                owner, ClassesElsewhere.NONE, guide);
    }

    /** Such a request for a catalogue without a guide. */
    public DocsRequest(Path catalogue, Path baseDirectory, Path outputDirectory, List<DocsFormat> formats,
            List<String> extraClasses, String owner) {
        this(catalogue, baseDirectory, outputDirectory, formats, extraClasses, owner, Optional.empty());
    }

    /** The declared classes as the validator takes them. */
    Set<ErrorClass> declaredClasses() {
        return ExtraClasses.of(extraClasses);
    }

    /** The catalogue as the documents name it. */
    String catalogueName() {
        return ShownPath.inDocument(catalogue, baseDirectory);
    }

    /** The output directory as the build log names it. */
    String directoryName() {
        return ShownPath.inLog(outputDirectory, baseDirectory);
    }
}
