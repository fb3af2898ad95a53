package io.github.dmerrors.maven;

import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The directories a goal that runs without a POM works in. Without a project, Maven still hands
 * a goal a stand-in project whose directories are not the user's, so these come from the
 * directory Maven was started in instead.
 */
final class ProjectPaths {
    private ProjectPaths() {}

    /** The project's directory, or the current directory without a POM. */
    static Path baseDirectory(MavenSession session) {
        MavenProject project = session.getCurrentProject();
        if (session.getRequest().isProjectPresent() && project != null && project.getBasedir() != null) {
            return project.getBasedir().toPath();
        }
        return Path.of(session.getExecutionRootDirectory());
    }

    /** The project's build directory, or {@code target} in the current directory without a POM. */
    static Path buildDirectory(MavenSession session) {
        MavenProject project = session.getCurrentProject();
        if (session.getRequest().isProjectPresent() && project != null) {
            return Path.of(project.getBuild().getDirectory());
        }
        return baseDirectory(session).resolve("target");
    }
}
