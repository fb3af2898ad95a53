package io.github.dmerrors.maven.ledger;

import static io.github.dmerrors.maven.ledger.LedgerFixture.HEADER;
import static io.github.dmerrors.maven.ledger.LedgerFixture.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.dmerrors.maven.output.JsonStrings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckReportTest {
    @TempDir
    Path directory;

    @Test
    void writesEveryFindingWithItsRuleEvenWhenTheCheckFails() throws Exception {
        LedgerFixture fixture = new LedgerFixture(directory);
        fixture.catalogue(entry("ErrB", 1), entry("ErrC", 2));
        fixture.ledger(HEADER, "1 assigned ErrA class=database scope=internal level=high");

        CheckResult result = fixture.check(List.of(), Optional.empty(), List.of());

        assertThat(result.hasErrors()).isTrue();
        String catalogue = JsonStrings.quote(fixture.catalogue.toString());
        String ledger = JsonStrings.quote(fixture.ledger.toString());
        assertThat(Files.readString(fixture.report, StandardCharsets.UTF_8)).isEqualTo("{\n"
                + "  \"catalogue\": " + catalogue + ",\n"
                + "  \"ledger\": " + ledger + ",\n"
                + "  \"errors\": 1,\n"
                + "  \"warnings\": 1,\n"
                + "  \"diagnostics\": [\n"
                + "    {\"file\": " + catalogue + ", \"line\": 1, \"column\": 1, \"severity\": \"error\","
                + " \"rule\": \"code-changed-name\", \"message\": \"code 1 is recorded as ErrA ("
                + fixture.ledger + ":2:1) but is now named ErrB; if it is the same error, declare the rename"
                + " ErrA=ErrB, otherwise give ErrB a new code\"},\n"
                + "    {\"file\": " + catalogue + ", \"line\": 2, \"column\": 12, \"severity\": \"warning\","
                + " \"rule\": \"unrecorded\", \"message\": \"code 2 (ErrC) is not in the ledger yet;"
                + " run mvn dm-errors:record\"}\n"
                + "  ]\n"
                + "}\n");
    }

    @Test
    void writesAnEmptyListWhenNothingIsFound() throws Exception {
        LedgerFixture fixture = new LedgerFixture(directory);
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();

        fixture.check();

        assertThat(Files.readString(fixture.report, StandardCharsets.UTF_8))
                .endsWith("  \"errors\": 0,\n  \"warnings\": 0,\n  \"diagnostics\": []\n}\n");
    }

    @Test
    void leavesAnUnchangedReportUntouched() throws Exception {
        LedgerFixture fixture = new LedgerFixture(directory);
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();
        fixture.check();
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(fixture.report, old);

        fixture.check();

        assertThat(Files.getLastModifiedTime(fixture.report)).isEqualTo(old);
    }

    @Test
    void leavesNoReportOfAnEarlierRunWhenTheInputsCannotBeRead() throws Exception {
        LedgerFixture fixture = new LedgerFixture(directory);
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();
        fixture.check();
        assertThat(fixture.report).exists();

        Files.delete(fixture.catalogue);
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(fixture::check);
        assertThat(fixture.report).as("a clean report from the run before").doesNotExist();

        Files.createDirectory(fixture.catalogue);
        assertThatExceptionOfType(IOException.class).isThrownBy(fixture::check);
        assertThat(fixture.report).doesNotExist();
    }
}
