package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.CatalogueException;
import io.github.dmerrors.maven.pipeline.GeneratePipeline;
import io.github.dmerrors.maven.pipeline.GenerateRequest;
import io.github.dmerrors.maven.pipeline.GenerateResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java constants, typed factories and lookups from a DM error catalogue
 * ({@code errors_release.txt}) and adds them to the compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    /** The DM error catalogue to read. */
    @Parameter(property = "dm-errors.catalogue", defaultValue = "${project.basedir}/src/main/errors/errors_release.txt")
    private File catalogue;

    /** The package of the generated class, for example {@code com.example.errors}. */
    @Parameter(property = "dm-errors.packageName", required = true)
    private String packageName;

    /** The simple name of the generated class. */
    @Parameter(property = "dm-errors.className", defaultValue = "DmErrors")
    private String className;

    /** Where the generated sources go; added to the compile source roots. */
    @Parameter(property = "dm-errors.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/dm-errors")
    private File outputDirectory;

    /** Error classes of this project's own, allowed besides DM's (comma-separated on the command line). */
    @Parameter(property = "dm-errors.extraClasses")
    private List<String> extraClasses;

    /** Skips the goal: nothing is generated and no source root is added. */
    @Parameter(property = "dm-errors.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dm-errors: generate skipped");
            return;
        }
        String generator = GeneratorVersion.of(execution);
        GenerateRequest request = BuildFailures.validated(() -> new GenerateRequest(
                catalogue.toPath(),
                project.getBasedir().toPath(),
                packageName,
                className,
                outputDirectory.toPath(),
                ListParameter.items(extraClasses),
                execution.getExecutionId(),
                generator));
        try {
            GenerateResult result = GeneratePipeline.run(request);
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
            throw new MojoExecutionException("dm-errors: cannot generate from " + catalogue + ": " + e.getMessage(), e);
        } finally {
            // Registered even when nothing changed or generation failed, so an IDE keeps the root.
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }
}
