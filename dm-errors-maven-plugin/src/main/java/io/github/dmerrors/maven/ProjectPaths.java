package io.github.dmerrors.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The directories of a goal that also runs without a POM, and the default files in them. Without
 * a POM, Maven hands the goal a stand-in project whose base directory is null and whose build
 * directory is the unresolved {@code ${project.basedir}/target}, so these defaults cannot be
 * written in the parameters' annotations: the directory Maven was started in takes the project's
 * place.
 *
 * @param baseDirectory the project's directory, or the current directory
 * @param buildDirectory the project's build directory, or {@code target} in the current directory
 */
record ProjectPaths(Path baseDirectory, Path buildDirectory) {
    /** Returns the project's directories, or the current directory's without a POM. */
    static ProjectPaths of(MavenSession session, MavenProject project) {
        if (session.getRequest().isProjectPresent()) {
            return new ProjectPaths(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()));
        }
        Path current = Path.of(session.getExecutionRootDirectory()).toAbsolutePath();
        return new ProjectPaths(current, current.resolve("target"));
    }

    /** The configured catalogue, or {@code src/main/errors/errors_release.txt}. */
    Path catalogue(File configured) {
        return configured != null ? configured.toPath() : baseDirectory.resolve("src/main/errors/errors_release.txt");
    }

    /**
     * The configured guide, which must exist, or {@code errors_guide.md} beside the catalogue
     * ({@code src/main/errors/errors_guide.md} for the default one) if that exists: a guide is
     * optional, so a missing default means none. Beside the catalogue, so that a goal pointed at
     * another catalogue, an older release's say, never holds it against this one's guide.
     */
    Optional<Path> guide(File configured, Path catalogue) {
        if (configured != null) {
            return Optional.of(configured.toPath());
        }
        Path beside = catalogue.resolveSibling("errors_guide.md");
        return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    /** The configured ledger, or {@code src/main/errors/errors.ledger}. */
    Path ledger(File configured) {
        return configured != null ? configured.toPath() : baseDirectory.resolve("src/main/errors/errors.ledger");
    }
}
