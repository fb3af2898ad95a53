package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.model.ClassesElsewhere;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the catalogue and its guide with their defaults, the project's own
 * error classes, {@code skip}, and the one mapping of failures to Maven's exceptions. A goal copies
 * its parameters into a request, hands it to a plain class in {@link #run()}, and logs the result;
 * the problems it meets become {@link MojoFailureException}s when they are the user's input and
 * {@link MojoExecutionException}s when they are the plugin's or the file system's.
 */
abstract class DmErrorsMojo extends AbstractMojo {
    /**
     * The error catalogue to read. Default: {@code src/main/errors/errors_release.txt} in the
     * project, or in the current directory when a goal runs without a POM.
     */
    @Parameter(property = "dm-errors.catalogue")
    File catalogue;

    /**
     * The catalogue's handling guide: what each error means and how to handle it, in Markdown.
     * Optional. Default: {@code errors_guide.md} beside the catalogue
     * ({@code src/main/errors/errors_guide.md}), if it exists; a guide configured here must exist.
     */
    @Parameter(property = "dm-errors.guide")
    File guide;

    /**
     * Error classes of this project's own, allowed besides DM's (comma-separated on the command
     * line). Put them in the plugin's {@code <configuration>}, not an execution's, so that goals
     * run from the command line see them too.
     */
    @Parameter(property = "dm-errors.extraClasses")
    List<String> extraClasses;

    /** Skips the goal: it reads and writes nothing. */
    @Parameter(property = "dm-errors.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Without a POM, Maven's stand-in project. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution execution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String goal = execution.getMojoDescriptor().getGoal();
        if (skip) {
            getLog().info("dm-errors: " + goal + " skipped");
            return;
        }
        try {
            run();
        } catch (InvalidInputException e) {
            throw BuildFailures.reported(getLog(), e);
        } catch (NoSuchFileException e) {
            throw BuildFailures.missing(e, catalogue(), ledger(), guide);
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException("dm-errors: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dm-errors: cannot " + task() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Does the goal's work. Throws what the plain classes throw; {@link #execute()} maps it.
     *
     * @throws MojoFailureException for a problem the goal itself recognises as the user's
     */
    abstract void run() throws IOException, InvalidInputException, MojoExecutionException, MojoFailureException;

    /** What the goal does, completing "cannot …" when the file system fails it: {@code generate from X}. */
    abstract String task();

    /** The project's directories, or the current directory's without a POM. */
    final ProjectPaths paths() {
        return ProjectPaths.of(session, project);
    }

    /** The catalogue this goal reads, resolved against the project or the current directory. */
    final Path catalogue() {
        return paths().catalogue(catalogue);
    }

    /** The guide of the catalogue, resolved like the catalogue; empty if it has none. */
    final Optional<Path> guide() {
        return paths().guide(guide, catalogue());
    }

    /** The ledger this goal reads, or null if it reads none; named in the missing-file failure. */
    Path ledger() {
        return null;
    }

    /** The project's own error classes as configured, without empty items. */
    final List<String> extraClasses() {
        return ListParameter.items(extraClasses);
    }

    /**
     * The classes other executions of this plugin declare and this goal does not see, for the
     * report of an unknown class: read from the POM, never used to configure the goal.
     */
    final ClassesElsewhere classesElsewhere() {
        return OtherExecutions.extraClasses(project, execution, extraClasses());
    }
}
