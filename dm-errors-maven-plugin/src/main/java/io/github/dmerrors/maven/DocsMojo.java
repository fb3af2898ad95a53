package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.docs.DocsFormat;
import io.github.dmerrors.maven.docs.DocsPipeline;
import io.github.dmerrors.maven.docs.DocsRequest;
import io.github.dmerrors.maven.docs.DocsResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the error reference of a DM error catalogue: {@code errors.md} for people,
 * {@code errors.toml} as DM's tooling writes it, and {@code errors.json}. Runs without a POM too:
 * then paths are relative to the current directory.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public final class DocsMojo extends DmErrorsMojo {
    /**
     * Where the documents go. Default: <code>${project.build.directory}/dm-errors-docs</code>, or
     * {@code target/dm-errors-docs} in the current directory without a POM.
     */
    @Parameter(property = "dm-errors.docsDirectory")
    private File docsDirectory;

    /** The formats to write: {@code markdown}, {@code toml}, {@code json} (comma-separated on the command line). */
    @Parameter(property = "dm-errors.docsFormats", defaultValue = "markdown,toml,json")
    private List<String> docsFormats;

    @Override
    void run() throws IOException, InvalidInputException, MojoFailureException {
        ProjectPaths paths = paths();
        Path output = docsDirectory != null
                ? docsDirectory.toPath()
                : paths.buildDirectory().resolve("dm-errors-docs");
        DocsRequest request = BuildFailures.validated(() -> new DocsRequest(
                catalogue(),
                paths.baseDirectory(),
                output,
                paths.buildDirectory(),
                DocsFormat.parse(ListParameter.items(docsFormats)),
                extraClasses(),
                "docs-" + execution.getExecutionId(),
                classesElsewhere(),
                guide()));
        DocsResult result = DocsPipeline.run(request);
        result.warnings().forEach(warning -> getLog().warn(warning.toString()));
        result.files().warnings().forEach(warning -> getLog().warn("dm-errors: " + warning));
        getLog().info(result.summary());
    }

    @Override
    String task() {
        return "document " + catalogue();
    }
}
