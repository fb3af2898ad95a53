package io.github.dmerrors.maven.docs;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import io.github.dmerrors.maven.model.ExtraClasses;
import io.github.dmerrors.maven.text.ShownPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the {@code explain} goal was asked.
 *
 * @param catalogue the catalogue file
 * @param baseDirectory the project's directory, or the current one without a project
 * @param extraClasses the error classes the build declares besides DM's
 * @param query the error to explain
 * @param classesElsewhere the classes other executions declare and this one does not see, named in
 *     the report of an unknown class
 * @param guide the catalogue's handling guide; empty if it has none
 */
public record ExplainRequest(
        Path catalogue, Path baseDirectory, List<String> extraClasses, ErrorQuery query,
        ClassesElsewhere classesElsewhere, Optional<Path> guide) {
    public ExplainRequest {
        Objects.requireNonNull(classesElsewhere, "classesElsewhere == null");
        Objects.requireNonNull(catalogue, "catalogue == null");
        Objects.requireNonNull(baseDirectory, "baseDirectory == null");
        extraClasses = ExtraClasses.checked(extraClasses);
        Objects.requireNonNull(query, "query == null");
        Objects.requireNonNull(guide, "guide == null");
    }

    /** A request of a goal that knows of no other execution. */
    public ExplainRequest(Path catalogue, Path baseDirectory, List<String> extraClasses, ErrorQuery query,
            Optional<Path> guide) {
        this(catalogue, baseDirectory, extraClasses, query, ClassesElsewhere.NONE, guide);
    }

    /** Such a request for a catalogue without a guide. */
    public ExplainRequest(Path catalogue, Path baseDirectory, List<String> extraClasses, ErrorQuery query) {
        this(catalogue, baseDirectory, extraClasses, query, Optional.empty());
    }

    /** The declared classes as the validator takes them. */
    Set<ErrorClass> declaredClasses() {
        return ExtraClasses.of(extraClasses);
    }

    /** The catalogue as the build log names it. */
    String catalogueName() {
        return ShownPath.inLog(catalogue, baseDirectory);
    }
}
