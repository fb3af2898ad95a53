package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.CatalogueException;
import io.github.dmerrors.maven.docs.ErrorQuery;
import io.github.dmerrors.maven.docs.Explainer;
import io.github.dmerrors.maven.docs.Explanation;
import io.github.dmerrors.maven.docs.ExplainRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Explains one error of a DM error catalogue: {@code mvn dm-errors:explain -Ddm-errors.code=10002}
 * or {@code -Ddm-errors.name=ErrDBBadConn} prints its class, scope and level with what each
 * means, its message and its workaround. An unknown code or name fails, naming the nearest ones.
 * Runs without a POM too.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public final class ExplainMojo extends AbstractMojo {
    /** The DM error catalogue to read; without a POM, relative to the current directory. */
    @Parameter(property = "dm-errors.catalogue", defaultValue = "${basedir}/src/main/errors/errors_release.txt")
    private File catalogue;

    /** The code of the error to explain, such as {@code 10002} or {@code DM-database-10002}. */
    @Parameter(property = "dm-errors.code")
    private String code;

    /** The name of the error to explain, such as {@code ErrDBBadConn}; instead of {@code code}. */
    @Parameter(property = "dm-errors.name")
    private String name;

    /** Error classes of this project's own, allowed besides DM's (comma-separated on the command line). */
    @Parameter(property = "dm-errors.extraClasses")
    private List<String> extraClasses;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Without a POM, Maven's stand-in project. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ExplainRequest request = BuildFailures.validated(() -> new ExplainRequest(
                catalogue.toPath(),
                ProjectPaths.of(session, project).baseDirectory(),
                ListParameter.items(extraClasses),
                ErrorQuery.of(code, name)));
        Explanation explanation;
        try {
            explanation = Explainer.run(request);
        } catch (CatalogueException e) {
            throw BuildFailures.reported(getLog(), e);
        } catch (NoSuchFileException e) {
            throw BuildFailures.missing(e, catalogue.toPath(), null);
        } catch (IOException e) {
            throw new MojoExecutionException("dm-errors: cannot read " + catalogue + ": " + e.getMessage(), e);
        }
        if (explanation.found()) {
            explanation.lines().forEach(getLog()::info);
        } else {
            explanation.lines().forEach(getLog()::error);
            throw new MojoFailureException(explanation.problem().orElseThrow());
        }
    }
}
