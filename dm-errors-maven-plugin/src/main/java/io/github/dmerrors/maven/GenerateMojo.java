package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.pipeline.GeneratePipeline;
import io.github.dmerrors.maven.pipeline.GenerateRequest;
import io.github.dmerrors.maven.pipeline.GenerateResult;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java constants, typed factories and lookups from a DM error catalogue
 * ({@code errors_release.txt}) and adds them to the compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends DmErrorsMojo {
    /** The package of the generated class, for example {@code com.example.errors}. */
    @Parameter(property = "dm-errors.packageName", required = true)
    private String packageName;

    /** The simple name of the generated class. */
    @Parameter(property = "dm-errors.className", defaultValue = "DmErrors")
    private String className;

    /** Where the generated sources go; added to the compile source roots. */
    @Parameter(property = "dm-errors.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/dm-errors")
    private File outputDirectory;

    @Override
    void run() throws IOException, InvalidInputException, MojoExecutionException, MojoFailureException {
        try {
            String generator = GeneratorVersion.of(execution);
            GenerateRequest request = BuildFailures.validated(() -> new GenerateRequest(
                    catalogue(),
                    paths().baseDirectory(),
                    packageName,
                    className,
                    outputDirectory.toPath(),
                    paths().buildDirectory(),
                    extraClasses(),
                    execution.getExecutionId(),
                    generator,
                    classesElsewhere(),
                    guide()));
            GenerateResult result = GeneratePipeline.run(request);
            result.warnings().forEach(warning -> getLog().warn(warning.toString()));
            result.files().warnings().forEach(warning -> getLog().warn("dm-errors: " + warning));
            getLog().info(result.summary());
        } finally {
            // Registered even when nothing changed or generation failed, so an IDE keeps the root.
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }

    @Override
    String task() {
        return "generate from " + catalogue();
    }
}
