package io.github.dmerrors.maven;

import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The directories of a goal that also runs without a POM. Without one, Maven hands the goal a
 * stand-in project whose base directory is null and whose build directory is the unresolved
 * {@code ${project.basedir}/target}; the directory Maven was started in takes the project's place.
 */
final class ProjectPaths {
    private ProjectPaths() {}

    /** The project's directory, or the current directory without a POM. */
    static Path baseDirectory(MavenSession session, MavenProject project) {
        return session.getRequest().isProjectPresent()
                ? project.getBasedir().toPath()
                : Path.of(session.getExecutionRootDirectory());
    }

    /** The project's build directory, or {@code target} in the current directory without a POM. */
    static Path buildDirectory(MavenSession session, MavenProject project) {
        return session.getRequest().isProjectPresent()
                ? Path.of(project.getBuild().getDirectory())
                : baseDirectory(session, project).resolve("target");
    }
}
