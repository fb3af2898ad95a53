package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.ledger.LedgerRecorder;
import io.github.dmerrors.maven.ledger.RecordRequest;
import io.github.dmerrors.maven.ledger.RecordResult;
import java.io.IOException;
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
    void run() throws IOException, InvalidInputException, MojoFailureException {
        RecordRequest request = BuildFailures.validated(() -> new RecordRequest(catalogue(), ledger(), renames(),
                extraClasses(), force, classesElsewhere()));
        RecordResult result = LedgerRecorder.run(request);
        if (result.refused()) {
            getLog().error("dm-errors: the catalogue breaks the ledger's rules; nothing recorded."
                    + " -Ddm-errors.force=true records it anyway, only to import a project's history");
            throw new InvalidInputException(result.diagnostics());
        }
        result.diagnostics().forEach(warning -> getLog().warn(warning.toString()));
        getLog().info(result.summary());
    }

    @Override
    String task() {
        return "record " + catalogue() + " in " + ledger();
    }
}
