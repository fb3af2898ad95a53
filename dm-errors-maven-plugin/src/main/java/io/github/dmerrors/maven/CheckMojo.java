package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.ledger.CheckRequest;
import io.github.dmerrors.maven.ledger.CheckResult;
import io.github.dmerrors.maven.ledger.LedgerChecker;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build if the catalogue gives a code another meaning than its ledger records; with a git
 * base, also if the ledger lost a line it had where the branch forked from the base, if the
 * catalogue takes a code or a name the base took since, or if the ledger does not record the whole
 * catalogue. Writes every finding to {@code target/dm-errors/check-report.json}. Runs without a POM
 * too.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public final class CheckMojo extends LedgerGoal {
    /**
     * The git revision this change goes into, such as {@code origin/main}: the ledger where the branch
     * forked from it must be kept line for line, and its tip must agree on every code.
     */
    @Parameter(property = "dm-errors.baseRef")
    private String baseRef;

    /** Git revisions of other branches, such as {@code origin/release-6.5}: each code must mean the same there. */
    @Parameter(property = "dm-errors.baseRefs")
    private List<String> baseRefs;

    @Override
    void run() throws IOException, InvalidInputException, MojoFailureException {
        CheckRequest request = BuildFailures.validated(() -> new CheckRequest(catalogue(), ledger(), renames(),
                Optional.ofNullable(baseRef), ListParameter.items(baseRefs), extraClasses(),
                paths().buildDirectory().resolve("dm-errors/check-report.json"), classesElsewhere(), guide()));
        CheckResult result = LedgerChecker.run(request);
        if (result.hasErrors()) {
            throw new InvalidInputException(result.diagnostics());
        }
        result.diagnostics().forEach(warning -> getLog().warn(warning.toString()));
        getLog().info(result.summary());
    }

    @Override
    String task() {
        return "check " + catalogue() + " against " + ledger();
    }
}
