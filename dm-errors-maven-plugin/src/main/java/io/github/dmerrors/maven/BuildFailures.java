package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.io.File;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns problems in the user's input into Maven's {@link MojoFailureException} ("BUILD FAILURE"),
 * the same way for every goal. Problems in the plugin or the file system stay
 * {@code MojoExecutionException}s, which the goals throw themselves.
 */
final class BuildFailures {
    private BuildFailures() {}

    /** Builds a request from the goal's parameters; an invalid parameter fails the build. */
    static <T> T validated(Supplier<T> request) throws MojoFailureException {
        try {
            return request.get();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("dm-errors: invalid configuration: " + e.getMessage(), e);
        }
    }

    /** The failure for a missing input file, when no guide was configured. */
    static MojoFailureException missing(NoSuchFileException e, Path catalogue, Path ledger) {
        return missing(e, catalogue, ledger, null);
    }

    /**
     * The failure for a missing input file, saying which one and what to do about it.
     *
     * @param ledger the ledger the goal reads, or null if it reads none
     * @param guide the guide the user configured, or null if none was
     */
    static MojoFailureException missing(NoSuchFileException e, Path catalogue, Path ledger, File guide) {
        String file = e.getFile();
        String advice;
        if (ledger != null && file.equals(ledger.toString())) {
            advice = "ledger not found: " + file
                    + " (create it with mvn dm-errors:record, or set <ledger> or -Ddm-errors.ledger)";
        } else if (guide != null && file.equals(guide.toPath().toString())) {
            advice = "guide not found: " + file + " (create it, or remove <guide> or -Ddm-errors.guide)";
        } else if (file.equals(catalogue.toString())) {
            advice = "catalogue not found: " + file + " (set <catalogue> or -Ddm-errors.catalogue)";
        } else {
            advice = "file not found: " + file;
        }
        return new MojoFailureException("dm-errors: " + advice, e);
    }

    /**
     * Logs every diagnostic on a line of its own, as {@code file:line:col: message}, so IDEs and CI
     * link each to its place, and returns the failure to throw.
     */
    static MojoFailureException reported(Log log, InvalidInputException e) {
        long errors = 0;
        for (Diagnostic diagnostic : e.diagnostics()) {
            if (diagnostic.severity() == Severity.ERROR) {
                log.error(diagnostic.toString());
                errors++;
            } else {
                log.warn(diagnostic.toString());
            }
        }
        String files = e.diagnostics().stream()
                .filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
                .map(diagnostic -> diagnostic.location().file().toString())
                .distinct()
                .collect(Collectors.joining(" and "));
        return new MojoFailureException("dm-errors: " + errors + (errors == 1 ? " error" : " errors")
                + " in " + files + "; see the lines above");
    }
}
