package io.github.dmerrors.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LedgerPathsTest {
    private static final Path CATALOGUE = Path.of("src/main/errors/errors_release.txt");
    private static final Path LEDGER = Path.of("src/main/errors/errors.ledger");

    @Test
    void defaultsToTheCurrentDirectoryWithoutAPom() {
        LedgerPaths paths = LedgerPaths.standalone();

        assertThat(paths.catalogue(null)).isEqualTo(CATALOGUE.toAbsolutePath());
        assertThat(paths.ledger(null)).isEqualTo(LEDGER.toAbsolutePath());
        assertThat(paths.report()).isEqualTo(Path.of("target/dm-errors/check-report.json").toAbsolutePath());
    }

    @Test
    void resolvesDefaultsInTheProjectAndKeepsConfiguredFiles() {
        Path base = Path.of("work", "app").toAbsolutePath();
        LedgerPaths paths = new LedgerPaths(base, base.resolve("build"));

        assertThat(paths.catalogue(null)).isEqualTo(base.resolve(CATALOGUE));
        assertThat(paths.ledger(null)).isEqualTo(base.resolve(LEDGER));
        assertThat(paths.report()).isEqualTo(base.resolve("build/dm-errors/check-report.json"));
        assertThat(paths.catalogue(new File("old.txt"))).isEqualTo(Path.of("old.txt"));
        assertThat(paths.ledger(new File("other.ledger"))).isEqualTo(Path.of("other.ledger"));
    }

    @Test
    void saysWhichFileIsMissingAndWhatToDo() {
        assertThat(LedgerPaths.notFound(new NoSuchFileException(LEDGER.toString()), CATALOGUE, LEDGER))
                .hasMessage("dm-errors: ledger not found: " + LEDGER + " (create it with mvn dm-errors:record,"
                        + " or set <ledger> or -Ddm-errors.ledger)");
        assertThat(LedgerPaths.notFound(new NoSuchFileException(CATALOGUE.toString()), CATALOGUE, LEDGER))
                .hasMessage("dm-errors: catalogue not found: " + CATALOGUE
                        + " (set <catalogue> or -Ddm-errors.catalogue)");
    }
}
