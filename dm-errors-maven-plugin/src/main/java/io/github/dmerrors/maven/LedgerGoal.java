package io.github.dmerrors.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters {@code check} and {@code record} share: both read the catalogue against its
 * ledger, in a project or, without a POM, in the current directory.
 */
abstract class LedgerGoal extends AbstractMojo {
    /** The catalogue; default {@code src/main/errors/errors_release.txt} in the project or current directory. */
    @Parameter(property = "dm-errors.catalogue")
    File catalogue;

    /** The ledger; default {@code src/main/errors/errors.ledger} in the project or current directory. */
    @Parameter(property = "dm-errors.ledger")
    File ledger;

    /** Declared renames, {@code ErrOld=ErrNew}: the code keeps its meaning under the new name. */
    @Parameter(property = "dm-errors.renames")
    List<String> renames;

    /** Error classes of this project's own, allowed besides DM's, as in {@code generate}. */
    @Parameter(property = "dm-errors.extraClasses")
    List<String> extraClasses;

    /** Skips the goal. */
    @Parameter(property = "dm-errors.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Without a POM, Maven's stand-in project. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Where the catalogue, the ledger and the build directory are. */
    ProjectPaths paths() {
        return ProjectPaths.of(session, project);
    }
}
