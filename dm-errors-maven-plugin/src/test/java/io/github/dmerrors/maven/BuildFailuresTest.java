package io.github.dmerrors.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.io.File;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class BuildFailuresTest {
    /** Records what the goal would log, one entry per call. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }
    }

    private static Diagnostic diagnostic(Severity severity, String file, int line, String message) {
        return new Diagnostic(severity, new SourceLocation(Path.of(file), line, 1), message);
    }

    @Test
    void logsEveryDiagnosticOnALineOfItsOwnAndNamesEveryFileWithAnError() {
        RecordingLog log = new RecordingLog();
        InvalidInputException problems = new InvalidInputException(List.of(
                diagnostic(Severity.ERROR, "errors.txt", 3, "duplicate code 1"),
                diagnostic(Severity.WARNING, "errors.txt", 4, "trailing whitespace"),
                diagnostic(Severity.ERROR, "errors.ledger", 2, "line changed"),
                diagnostic(Severity.ERROR, "errors.txt", 9, "unknown level 'hihg'")));

        MojoFailureException failure = BuildFailures.reported(log, problems);

        // In the order the check reported them (Diagnostics sorts by location before that).
        assertThat(log.lines).containsExactly(
                "[ERROR] errors.txt:3:1: duplicate code 1",
                "[WARNING] errors.txt:4:1: warning: trailing whitespace",
                "[ERROR] errors.ledger:2:1: line changed",
                "[ERROR] errors.txt:9:1: unknown level 'hihg'");
        assertThat(failure).hasMessage("dm-errors: 3 errors in errors.txt and errors.ledger; see the lines above");
    }

    @Test
    void turnsAnInvalidParameterIntoABuildFailure() {
        assertThatThrownBy(() -> BuildFailures.validated(() -> {
                    throw new IllegalArgumentException("packageName is required");
                }))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("dm-errors: invalid configuration: packageName is required");
    }

    @Test
    void saysWhichFileIsMissingAndWhatToDo() {
        Path catalogue = Path.of("src/main/errors/errors_release.txt");
        Path ledger = Path.of("src/main/errors/errors.ledger");

        assertThat(BuildFailures.missing(new NoSuchFileException(ledger.toString()), catalogue, ledger))
                .hasMessage("dm-errors: ledger not found: " + ledger + " (create it with mvn dm-errors:record,"
                        + " or set <ledger> or -Ddm-errors.ledger)");
        assertThat(BuildFailures.missing(new NoSuchFileException(catalogue.toString()), catalogue, null))
                .hasMessage("dm-errors: catalogue not found: " + catalogue
                        + " (set <catalogue> or -Ddm-errors.catalogue)");
        assertThat(BuildFailures.missing(new NoSuchFileException("x"), catalogue, ledger))
                .hasMessage("dm-errors: file not found: x");
    }

    @Test
    void defaultsTheCatalogueAndTheLedgerToTheProjectsErrorsDirectory() {
        Path base = Path.of("work", "app").toAbsolutePath();
        ProjectPaths paths = new ProjectPaths(base, base.resolve("build"));

        assertThat(paths.catalogue(null)).isEqualTo(base.resolve("src/main/errors/errors_release.txt"));
        assertThat(paths.ledger(null)).isEqualTo(base.resolve("src/main/errors/errors.ledger"));
        assertThat(paths.catalogue(new File("old.txt"))).isEqualTo(Path.of("old.txt"));
        assertThat(paths.ledger(new File("other.ledger"))).isEqualTo(Path.of("other.ledger"));
    }
}
