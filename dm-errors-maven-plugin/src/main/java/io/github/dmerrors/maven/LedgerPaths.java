package io.github.dmerrors.maven;

import java.io.File;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Where the ledger goals find their files by default: in the project, or, run without a POM,
 * relative to the current directory. Without a POM Maven resolves no {@code ${project.…}}
 * expression, so the defaults cannot be written in the parameters' annotations.
 *
 * @param baseDirectory the project's directory, or the current directory
 * @param buildDirectory the project's build directory, or {@code target} in the current directory
 */
record LedgerPaths(Path baseDirectory, Path buildDirectory) {
    /** Returns the project's paths; without a POM Maven passes a stand-in project that has no file. */
    static LedgerPaths of(MavenProject project) {
        if (project == null || project.getFile() == null) {
            return standalone();
        }
        return new LedgerPaths(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()));
    }

    /**
     * Returns the paths of a run without a POM: in the current directory, absolute like the paths
     * Maven makes of relative parameter values.
     */
    static LedgerPaths standalone() {
        Path current = Path.of("").toAbsolutePath();
        return new LedgerPaths(current, current.resolve("target"));
    }

    Path catalogue(File configured) {
        return configured != null ? configured.toPath() : baseDirectory.resolve("src/main/errors/errors_release.txt");
    }

    Path ledger(File configured) {
        return configured != null ? configured.toPath() : baseDirectory.resolve("src/main/errors/errors.ledger");
    }

    /** The failure for a missing catalogue or ledger, with what to do about it. */
    static MojoFailureException notFound(NoSuchFileException e, Path catalogue, Path ledger) {
        String file = e.getFile();
        String advice;
        if (file.equals(ledger.toString())) {
            advice = "ledger not found: " + file
                    + " (create it with mvn dm-errors:record, or set <ledger> or -Ddm-errors.ledger)";
        } else if (file.equals(catalogue.toString())) {
            advice = "catalogue not found: " + file + " (set <catalogue> or -Ddm-errors.catalogue)";
        } else {
            advice = "file not found: " + file;
        }
        return new MojoFailureException("dm-errors: " + advice, e);
    }

    Path report() {
        return buildDirectory.resolve("dm-errors").resolve("check-report.json");
    }
}
