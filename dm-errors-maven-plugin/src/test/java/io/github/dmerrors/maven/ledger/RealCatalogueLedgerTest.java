package io.github.dmerrors.maven.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger the examples commit for DM's real catalogue is exactly what {@code record} makes of it. */
class RealCatalogueLedgerTest {
    private static final Path CATALOGUE = Path.of(System.getProperty("dm.catalogue"));
    private static final Path COMMITTED = CATALOGUE.resolveSibling("errors.ledger");

    @TempDir
    Path directory;

    @Test
    void recordingDmsCatalogueGivesTheCommittedLedger() throws Exception {
        Path ledger = directory.resolve("errors.ledger");

        RecordResult result = LedgerRecorder.run(new RecordRequest(CATALOGUE, ledger, List.of(), List.of(), false));

        assertThat(result.added()).hasSize(527).allMatch(line -> line.matches("\\d+ assigned \\w+ class=.*"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(Files.readString(ledger, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    @Test
    void dmsCatalogueAgreesWithTheCommittedLedger() throws Exception {
        CheckResult result = LedgerChecker.run(new CheckRequest(CATALOGUE, COMMITTED, List.of(), Optional.empty(),
                List.of(), List.of(), directory.resolve("report.json")));

        assertThat(result.diagnostics()).isEmpty();
    }
}
