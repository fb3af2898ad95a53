package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.CatalogueException;
import io.github.dmerrors.maven.ledger.LedgerRecorder;
import io.github.dmerrors.maven.ledger.RecordRequest;
import io.github.dmerrors.maven.ledger.RecordResult;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds the catalogue's new events to the ledger (new, renamed, changed, retired and restored codes),
 * creating it if there is none; never changes or removes a line. Refuses a catalogue that
 * {@code check} would fail. Runs without a POM too.
 */
@Mojo(name = "record", threadSafe = true, requiresProject = false)
public final class RecordMojo extends LedgerGoal {
    /** Records a catalogue that breaks the ledger's rules, keeping both meanings: only for importing history. */
    @Parameter(property = "dm-errors.force", defaultValue = "false")
    private boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dm-errors: record skipped");
            return;
        }
        ProjectPaths paths = paths();
        RecordRequest request = BuildFailures.validated(() -> new RecordRequest(paths.catalogue(catalogue),
                paths.ledger(ledger), ListParameter.items(renames), ListParameter.items(extraClasses), force));
        try {
            RecordResult result = LedgerRecorder.run(request);
            if (result.refused()) {
                getLog().error("dm-errors: the catalogue breaks the ledger's rules; nothing recorded."
                        + " -Ddm-errors.force=true records it anyway, only to import a project's history");
                throw BuildFailures.reported(getLog(), new CatalogueException(result.diagnostics()));
            }
            result.diagnostics().forEach(warning -> getLog().warn(warning.toString()));
            getLog().info(result.summary());
        } catch (CatalogueException e) {
            throw BuildFailures.reported(getLog(), e);
        } catch (NoSuchFileException e) {
            throw BuildFailures.missing(e, request.catalogue(), request.ledger());
        } catch (IOException e) {
            throw new MojoExecutionException("dm-errors: cannot record " + request.catalogue() + " in "
                    + request.ledger() + ": " + e.getMessage(), e);
        }
    }
}
