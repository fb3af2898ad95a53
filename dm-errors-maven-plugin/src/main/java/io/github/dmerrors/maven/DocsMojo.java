package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.CatalogueException;
import io.github.dmerrors.maven.docs.DocsFormat;
import io.github.dmerrors.maven.docs.DocsPipeline;
import io.github.dmerrors.maven.docs.DocsRequest;
import io.github.dmerrors.maven.docs.DocsResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes the error reference of a DM error catalogue: {@code errors.md} for people,
 * {@code errors.toml} as DM's tooling writes it, and {@code errors.json}. Runs without a POM too:
 * then paths are relative to the current directory.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public final class DocsMojo extends AbstractMojo {
    /** The DM error catalogue to read; without a POM, relative to the current directory. */
    @Parameter(property = "dm-errors.catalogue", defaultValue = "${basedir}/src/main/errors/errors_release.txt")
    private File catalogue;

    /**
     * Where the documents go. Default: <code>${project.build.directory}/dm-errors-docs</code>, or
     * {@code target/dm-errors-docs} in the current directory without a POM.
     */
    @Parameter(property = "dm-errors.docsDirectory")
    private File docsDirectory;

    /** The formats to write: {@code markdown}, {@code toml}, {@code json} (comma-separated on the command line). */
    @Parameter(property = "dm-errors.docsFormats", defaultValue = "markdown,toml,json")
    private List<String> docsFormats;

    /** Error classes of this project's own, allowed besides DM's (comma-separated on the command line). */
    @Parameter(property = "dm-errors.extraClasses")
    private List<String> extraClasses;

    /** Skips the goal: nothing is written. */
    @Parameter(property = "dm-errors.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Without a POM, Maven's stand-in project. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dm-errors: docs skipped");
            return;
        }
        ProjectPaths paths = ProjectPaths.of(session, project);
        Path output = docsDirectory != null
                ? docsDirectory.toPath()
                : paths.buildDirectory().resolve("dm-errors-docs");
        DocsRequest request = BuildFailures.validated(() -> new DocsRequest(
                catalogue.toPath(),
                paths.baseDirectory(),
                output,
                DocsFormat.parse(ListParameter.items(docsFormats)),
                ListParameter.items(extraClasses),
                "docs-" + execution.getExecutionId()));
        try {
            DocsResult result = DocsPipeline.run(request);
            result.warnings().forEach(warning -> getLog().warn(warning.toString()));
            result.files().warnings().forEach(warning -> getLog().warn("dm-errors: " + warning));
            getLog().info(result.summary());
        } catch (CatalogueException e) {
            throw BuildFailures.reported(getLog(), e);
        } catch (NoSuchFileException e) {
            throw BuildFailures.missing(e, catalogue.toPath(), null);
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException("dm-errors: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dm-errors: cannot document " + catalogue + ": " + e.getMessage(), e);
        }
    }
}
