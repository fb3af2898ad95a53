package io.github.dmerrors.maven.ledger;

import static io.github.dmerrors.maven.ledger.LedgerFixture.HEADER;
import static io.github.dmerrors.maven.ledger.LedgerFixture.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@code check}, each with a catalogue that breaks it, most of them stories from DM's history. */
class CheckRulesTest {
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
    void passesWhenTheCatalogueIsWhatTheLedgerRecords() throws Exception {
        fixture.catalogue(entry("ErrDBBadConn", 10002), entry("ErrDBDriverError", 10001));
        fixture.ledger(HEADER,
                "10001 assigned ErrDBDriverError class=database scope=internal level=high",
                "10002 assigned ErrDBBadConn class=database scope=internal level=high");

        CheckResult result = fixture.check(List.of(), java.util.Optional.empty(), List.of());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.summary()).isEqualTo("dm-errors: " + ledger + " (2 events) agrees with " + catalogue
                + " (2 codes)");
    }

    @Test
    void rejectsACodeOrANameUsedTwiceInTheCatalogue() throws Exception {
        fixture.catalogue(entry("ErrA", 10001), entry("ErrB", 10001), entry("ErrA", 10003));
        fixture.ledger(HEADER);

        assertThat(fixture.check()).containsExactly(
                catalogue + ":2:12: duplicate code 10001 (first used by ErrA at line 1)",
                catalogue + ":3:1: duplicate name ErrA (first used at line 1)");
    }

    @Test
    void rejectsARenameThatIsNotDeclared() throws Exception {
        // DM renamed codes in place, most of them cosmetically; the ledger cannot tell which.
        fixture.catalogue(entry("ErrDBDriver", 10001));
        fixture.ledger(HEADER, "10001 assigned ErrDBDriverError class=database scope=internal level=high");

        assertThat(fixture.check()).containsExactly(catalogue + ":1:1: code 10001 is recorded as ErrDBDriverError ("
                + ledger + ":2:1) but is now named ErrDBDriver; if it is the same error, declare the rename"
                + " ErrDBDriverError=ErrDBDriver, otherwise give ErrDBDriver a new code");
    }

    @Test
    void acceptsADeclaredRenameAndRemembersItOnceRecorded() throws Exception {
        fixture.catalogue(entry("ErrDBDriver", 10001));
        fixture.ledger(HEADER, "10001 assigned ErrDBDriverError class=database scope=internal level=high");

        assertThat(fixture.check("ErrDBDriverError=ErrDBDriver")).containsExactly(catalogue + ":1:1: warning: the"
                + " rename of code 10001 from ErrDBDriverError to ErrDBDriver is not in the ledger yet;"
                + " run mvn dm-errors:record");

        fixture.recorded("ErrDBDriverError=ErrDBDriver");

        assertThat(fixture.ledgerText()).endsWith("\n10001 renamed ErrDBDriverError ErrDBDriver\n");
        assertThat(fixture.check()).isEmpty();
        assertThat(fixture.check("ErrDBDriverError=ErrDBDriver")).isEmpty();
    }

    @Test
    void rejectsTwoCodesHandedToUnrelatedErrorsInOneChange() throws Exception {
        fixture.catalogue(entry("ErrConfigGenTableRouter", 20007), entry("ErrConfigGenColumnMapping", 20008));
        fixture.ledger(HEADER,
                "20007 assigned ErrConfigEmptyTableRouter class=database scope=internal level=high",
                "20008 assigned ErrConfigEmptyColumnMapping class=database scope=internal level=high");

        assertThat(fixture.check()).containsExactly(
                catalogue + ":1:1: code 20007 is recorded as ErrConfigEmptyTableRouter (" + ledger + ":2:1) but is"
                        + " now named ErrConfigGenTableRouter; if it is the same error, declare the rename"
                        + " ErrConfigEmptyTableRouter=ErrConfigGenTableRouter, otherwise give ErrConfigGenTableRouter"
                        + " a new code",
                catalogue + ":2:1: code 20008 is recorded as ErrConfigEmptyColumnMapping (" + ledger + ":3:1) but is"
                        + " now named ErrConfigGenColumnMapping; if it is the same error, declare the rename"
                        + " ErrConfigEmptyColumnMapping=ErrConfigGenColumnMapping, otherwise give"
                        + " ErrConfigGenColumnMapping a new code");
    }

    @Test
    void rejectsANameMovedToANewCodeWhoseOldCodeGoesToAnotherError() throws Exception {
        fixture.catalogue(entry("ErrSyncerUnitExecWithNoBlockingDDL", 36059),
                entry("ErrSyncerShardDDLConflict", 36060));
        fixture.ledger(HEADER,
                "36059 assigned ErrSyncerShardDDLConflict class=database scope=internal level=high");

        assertThat(fixture.check()).containsExactly(
                catalogue + ":1:1: code 36059 is recorded as ErrSyncerShardDDLConflict (" + ledger + ":2:1) but is"
                        + " now named ErrSyncerUnitExecWithNoBlockingDDL; if it is the same error, declare the rename"
                        + " ErrSyncerShardDDLConflict=ErrSyncerUnitExecWithNoBlockingDDL, otherwise give"
                        + " ErrSyncerUnitExecWithNoBlockingDDL a new code",
                catalogue + ":2:33: ErrSyncerShardDDLConflict has code 36060, but the ledger records"
                        + " ErrSyncerShardDDLConflict with code 36059 (" + ledger + ":2:1); a name keeps its code");
    }

    @Test
    void rejectsARetiredCodeReusedVersionsLaterWithAnotherClass() throws Exception {
        fixture.catalogue(entry("ErrRelayParseUUIDIndex", 30001), entry("ErrRelayUUIDSuffixNotValid", 30002));
        fixture.recorded();
        fixture.catalogue(entry("ErrRelayUUIDSuffixNotValid", 30002));
        fixture.recorded();
        fixture.catalogue(entry("ErrRelayUUIDSuffixNotValid", 30002), entry("ErrRelayNewFile", 30003));
        fixture.recorded();
        fixture.catalogue(entry("ErrRelayUUIDSuffixNotValid", 30002), entry("ErrRelayNewFile", 30003),
                entry("ErrWorkerSourceNotMatch", 30001, "dm-worker", "internal", "high"));

        assertThat(fixture.check()).containsExactly(catalogue + ":3:31: code 30001 was retired as"
                + " ErrRelayParseUUIDIndex (" + ledger + ":3:1) and is now given to ErrWorkerSourceNotMatch;"
                + " a retired code is never given out again");
        assertThat(fixture.ledgerText()).isEqualTo(HEADER + "\n"
                + "30001 assigned ErrRelayParseUUIDIndex class=database scope=internal level=high\n"
                + "30001 retired ErrRelayParseUUIDIndex\n"
                + "30002 assigned ErrRelayUUIDSuffixNotValid class=database scope=internal level=high\n"
                + "30003 assigned ErrRelayNewFile class=database scope=internal level=high\n");
    }

    @Test
    void acceptsARetiredCodeBackUnderItsOwnName() throws Exception {
        fixture.catalogue(entry("ErrA", 1));
        fixture.ledger(HEADER,
                "1 assigned ErrA class=database scope=internal level=high",
                "1 retired ErrA");

        assertThat(fixture.check()).containsExactly(catalogue + ":1:12: warning: retired code 1 (ErrA) is back;"
                + " it is not restored in the ledger yet; run mvn dm-errors:record");
        fixture.recorded();
        assertThat(fixture.ledgerText()).endsWith("\n1 restored ErrA class=database scope=internal level=high\n");
        assertThat(fixture.check()).isEmpty();
    }

    @Test
    void warnsAboutClassScopeAndLevelChangesUntilRecorded() throws Exception {
        fixture.catalogue(entry("ErrA", 1, "functional", "upstream", "low"));
        fixture.ledger(HEADER, "1 assigned ErrA class=database scope=internal level=high");

        assertThat(fixture.check()).containsExactly(
                catalogue + ":1:20: warning: code 1 (ErrA) changes its class from database to functional"
                        + " (recorded at " + ledger + ":2:1)",
                catalogue + ":1:37: warning: code 1 (ErrA) changes its scope from internal to upstream"
                        + " (recorded at " + ledger + ":2:1)",
                catalogue + ":1:52: warning: code 1 (ErrA) changes its level from high to low"
                        + " (recorded at " + ledger + ":2:1)");
        fixture.recorded();
        assertThat(fixture.ledgerText()).endsWith("\n1 changed ErrA class=functional scope=upstream level=low\n");
        assertThat(fixture.check()).isEmpty();
    }

    @Test
    void warnsAboutRemovedAndUnrecordedCodes() throws Exception {
        fixture.catalogue(entry("ErrB", 2));
        fixture.ledger(HEADER, "1 assigned ErrA class=database scope=internal level=high");

        // Ordered by file, then position, as every goal orders its diagnostics.
        assertThat(fixture.check()).containsExactly(
                ledger + ":2:1: warning: code 1 (ErrA) is no longer in the catalogue; run mvn dm-errors:record"
                        + " to retire it",
                catalogue + ":1:12: warning: code 2 (ErrB) is not in the ledger yet; run mvn dm-errors:record");
    }

    @Test
    void rejectsDeclaredRenamesThatMatchNoCode() throws Exception {
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2), entry("ErrD", 4));
        fixture.ledger(HEADER,
                "1 assigned ErrA class=database scope=internal level=high",
                "2 assigned ErrB class=database scope=internal level=high",
                "3 assigned ErrC class=database scope=internal level=high");

        assertThat(fixture.check("ErrA=ErrB", "ErrC=ErrX", "ErrY=ErrD")).containsExactly(
                ledger + ":4:1: warning: code 3 (ErrC) is no longer in the catalogue; run mvn dm-errors:record"
                        + " to retire it",
                ledger + ":4:1: declared rename ErrC=ErrX matches no code: ErrX is not in the catalogue",
                catalogue + ":2:1: declared rename ErrA=ErrB matches no code: ErrA has code 1 (" + ledger
                        + ":2:1) but ErrB has code 2",
                catalogue + ":3:1: declared rename ErrY=ErrD matches no code: ErrY is not the name of an active"
                        + " code in the ledger",
                catalogue + ":3:12: warning: code 4 (ErrD) is not in the ledger yet; run mvn dm-errors:record");
    }

    @Test
    void reportsTheLedgerFormatInsteadOfComparingWithABrokenLedger() throws Exception {
        fixture.catalogue(entry("ErrB", 1));
        fixture.ledger(HEADER, "1 assigned ErrA class=database scope=internal level=high", "1 retired ErrB");

        assertThat(fixture.check()).containsExactly(ledger + ":3:1: code 1 is named ErrA here, not ErrB");
    }
}
