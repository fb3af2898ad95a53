package io.github.dmerrors.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters {@code check} and {@code record} share besides those of every goal: both read
 * the catalogue against its ledger.
 */
abstract class LedgerGoal extends DmErrorsMojo {
    /** The ledger; default {@code src/main/errors/errors.ledger} in the project or current directory. */
    @Parameter(property = "dm-errors.ledger")
    File ledger;

    /** Declared renames, {@code ErrOld=ErrNew}: the code keeps its meaning under the new name. */
    @Parameter(property = "dm-errors.renames")
    List<String> renames;

    @Override
    final Path ledger() {
        return paths().ledger(ledger);
    }

    /** The declared renames, without empty items. */
    final List<String> renames() {
        return ListParameter.items(renames);
    }
}
