package io.github.dmerrors.maven.ledger;

import static io.github.dmerrors.maven.ledger.LedgerFixture.HEADER;
import static io.github.dmerrors.maven.ledger.LedgerFixture.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordTest {
    @TempDir
    Path directory;

    private LedgerFixture fixture;
    private String catalogue;
    private String ledger;

    @BeforeEach
    void files() {
        fixture = new LedgerFixture(directory);
        catalogue = fixture.catalogue.toString();
        ledger = fixture.ledger.toString();
    }

    @Test
    void createsTheLedgerSortedByCode() throws Exception {
        fixture.catalogue(entry("ErrDBBadConn", 10002, "database", "not-set", "high"),
                entry("ErrDBDriverError", 10001, "database", "not-set", "high"));

        RecordResult result = fixture.record(false);

        assertThat(fixture.ledgerText()).isEqualTo(HEADER + "\n"
                + "10001 assigned ErrDBDriverError class=database scope=not-set level=high\n"
                + "10002 assigned ErrDBBadConn class=database scope=not-set level=high\n");
        assertThat(result.refused()).isFalse();
        assertThat(result.added()).containsExactly(
                "10001 assigned ErrDBDriverError class=database scope=not-set level=high",
                "10002 assigned ErrDBBadConn class=database scope=not-set level=high");
        assertThat(result.summary()).isEqualTo("dm-errors: created " + ledger + " with 2 events (2 assigned) from "
                + catalogue);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("errors_release.txt", "errors.ledger");
        }
    }

    @Test
    void addsEachEventAfterTheLinesOfItsCodeAndChangesNoLine() throws Exception {
        fixture.ledger(HEADER,
                "1 assigned ErrA class=database scope=internal level=high",
                "# a comment someone added",
                "3 assigned ErrC class=database scope=internal level=high",
                "5 assigned ErrE class=database scope=internal level=high");
        fixture.catalogue(entry("ErrF", 6), entry("ErrB", 2), entry("ErrAlpha", 1, "config", "internal", "high"),
                entry("ErrE", 5));

        RecordResult result = fixture.record(false, "ErrA=ErrAlpha");

        assertThat(fixture.ledgerText()).isEqualTo(HEADER + "\n"
                + "1 assigned ErrA class=database scope=internal level=high\n"
                + "1 renamed ErrA ErrAlpha\n"
                + "1 changed ErrAlpha class=config scope=internal level=high\n"
                + "2 assigned ErrB class=database scope=internal level=high\n"
                + "# a comment someone added\n"
                + "3 assigned ErrC class=database scope=internal level=high\n"
                + "3 retired ErrC\n"
                + "5 assigned ErrE class=database scope=internal level=high\n"
                + "6 assigned ErrF class=database scope=internal level=high\n");
        assertThat(result.summary()).isEqualTo("dm-errors: recorded 5 events in " + ledger
                + " (2 assigned, 1 renamed, 1 changed, 1 retired) from " + catalogue);
        assertThat(LedgerFixture.printed(result.diagnostics())).containsExactly(catalogue + ":3:24: warning: code 1"
                + " (ErrAlpha) changes its class from database to config (recorded at " + ledger + ":2:1)");
    }

    @Test
    void leavesAnUpToDateLedgerUntouched() throws Exception {
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(fixture.ledger, past);

        RecordResult result = fixture.record(false);

        assertThat(result.added()).isEmpty();
        assertThat(result.summary()).isEqualTo("dm-errors: " + ledger + " is up to date with " + catalogue
                + " (1 events)");
        assertThat(Files.getLastModifiedTime(fixture.ledger)).isEqualTo(past);
    }

    @Test
    void refusesACatalogueThatCheckRejects() throws Exception {
        fixture.ledger(HEADER, "1 assigned ErrA class=database scope=internal level=high");
        fixture.catalogue(entry("ErrB", 1), entry("ErrC", 2));
        byte[] before = Files.readAllBytes(fixture.ledger);

        RecordResult result = fixture.record(false);

        assertThat(result.refused()).isTrue();
        assertThat(result.added()).isEmpty();
        assertThat(LedgerFixture.printed(result.diagnostics())).containsExactly(catalogue + ":1:1: code 1 is recorded"
                + " as ErrA (" + ledger + ":2:1) but is now named ErrB; if it is the same error, declare the rename"
                + " ErrA=ErrB, otherwise give ErrB a new code");
        assertThat(Files.readAllBytes(fixture.ledger)).isEqualTo(before);
    }

    @Test
    void forcedRecordKeepsBothMeaningsOfEveryCode() throws Exception {
        fixture.ledger(HEADER,
                "1 assigned ErrA class=database scope=internal level=high",
                "2 assigned ErrB class=database scope=internal level=high",
                "3 assigned ErrC class=database scope=internal level=high",
                "3 retired ErrC");
        // ErrA moves to the new code 4 and code 1 goes to ErrX; retired code 3 goes to ErrY.
        fixture.catalogue(entry("ErrX", 1), entry("ErrB", 2), entry("ErrY", 3), entry("ErrA", 4));

        RecordResult result = fixture.record(true);

        assertThat(fixture.ledgerText()).isEqualTo(HEADER + "\n"
                + "1 assigned ErrA class=database scope=internal level=high\n"
                + "1 reassigned ErrX class=database scope=internal level=high\n"
                + "2 assigned ErrB class=database scope=internal level=high\n"
                + "3 assigned ErrC class=database scope=internal level=high\n"
                + "3 retired ErrC\n"
                + "3 reassigned ErrY class=database scope=internal level=high\n"
                + "4 assigned ErrA class=database scope=internal level=high\n");
        assertThat(LedgerFixture.printed(result.diagnostics())).containsExactly(
                catalogue + ":1:1: warning: recorded by force: code 1 is recorded as ErrA (" + ledger + ":2:1) but is"
                        + " now named ErrX; if it is the same error, declare the rename ErrA=ErrX, otherwise give"
                        + " ErrX a new code",
                catalogue + ":3:12: warning: recorded by force: code 3 was retired as ErrC (" + ledger + ":5:1) and"
                        + " is now given to ErrY; a retired code is never given out again",
                catalogue + ":4:12: warning: recorded by force: ErrA has code 4, but the ledger records ErrA with"
                        + " code 1 (" + ledger + ":2:1); a name keeps its code");
        assertThat(fixture.check()).isEmpty();
    }

    @Test
    void importsReleasedCataloguesInOrderThenChecksToday() throws Exception {
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2));
        fixture.recorded();
        fixture.catalogue(entry("ErrB", 2));
        fixture.recorded();
        fixture.catalogue(entry("ErrB", 2), entry("ErrReuse", 1, "functional", "internal", "low"));
        assertThat(fixture.record(false).refused()).isTrue();
        assertThat(fixture.record(true).refused()).isFalse();

        fixture.catalogue(entry("ErrB", 2), entry("ErrReuse", 1, "functional", "internal", "low"), entry("ErrC", 3));
        fixture.recorded();

        assertThat(fixture.ledgerText()).isEqualTo(HEADER + "\n"
                + "1 assigned ErrA class=database scope=internal level=high\n"
                + "1 retired ErrA\n"
                + "1 reassigned ErrReuse class=functional scope=internal level=low\n"
                + "2 assigned ErrB class=database scope=internal level=high\n"
                + "3 assigned ErrC class=database scope=internal level=high\n");
        assertThat(fixture.check()).isEmpty();
    }

    @Test
    void refusesAnInvalidCatalogueOrLedgerEvenWhenForced() throws Exception {
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 1));
        fixture.ledger(HEADER, "1 assigned ErrA class=database scope=internal");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> fixture.record(true))
                .satisfies(thrown -> assertThat(LedgerFixture.printed(thrown.diagnostics())).containsExactly(
                        ledger + ":2:3: 'assigned' takes a name, class=…, scope=… and level=…,"
                                + " found 3 fields after it",
                        catalogue + ":2:12: duplicate code 1 (first used by ErrA at line 1)"));
        assertThat(fixture.ledgerText()).isEqualTo(HEADER + "\n1 assigned ErrA class=database scope=internal\n");
    }
}
