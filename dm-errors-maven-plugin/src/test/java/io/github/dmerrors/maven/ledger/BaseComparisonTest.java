package io.github.dmerrors.maven.ledger;

import static io.github.dmerrors.maven.ledger.LedgerFixture.HEADER;
import static io.github.dmerrors.maven.ledger.LedgerFixture.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger against the ledgers of git bases, read from a repository made for each test. */
class BaseComparisonTest {
    @TempDir
    Path directory;

    private LedgerFixture fixture;
    private GitRepository git;
    private String ledger;

    @BeforeEach
    void repository() throws Exception {
        fixture = new LedgerFixture(directory.resolve("src/main/errors"));
        git = GitRepository.init(directory);
        ledger = fixture.ledger.toString();
    }

    @Test
    void acceptsEventsAddedSinceTheBase() throws Exception {
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 3));
        fixture.recorded();
        git.commit("ledger");
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2));
        fixture.recorded();

        CheckResult result = fixture.check(List.of(), Optional.of("main"), List.of());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.summary()).endsWith(" (2 codes), keeps every line of main");
    }

    @Test
    void rejectsABaselineEditedByHandInTheChangeThatBrokeIt() throws Exception {
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2));
        fixture.recorded();
        git.commit("ledger");
        // The change gives code 1 to another error and rewrites the ledger's line to match.
        fixture.catalogue(entry("ErrNew", 1), entry("ErrB", 2));
        fixture.ledger(HEADER,
                "1 assigned ErrNew class=database scope=internal level=high",
                "2 assigned ErrB class=database scope=internal level=high");

        assertThat(fixture.check()).isEmpty();
        assertThat(printedAgainst("main")).containsExactly(ledger + ":2:1: line 2 of the ledger on main,"
                + " '1 assigned ErrA class=database scope=internal level=high', is missing here; lines are only"
                + " ever added to the ledger");
    }

    @Test
    void rejectsAnEventSlippedBeforeEventsTheBaseHas() throws Exception {
        fixture.catalogue(entry("ErrA", 1, "functional", "internal", "high"));
        fixture.ledger(HEADER,
                "1 assigned ErrA class=database scope=internal level=high",
                "1 changed ErrA class=functional scope=internal level=high");
        git.commit("ledger");
        fixture.ledger(HEADER,
                "1 assigned ErrA class=database scope=internal level=high",
                "1 changed ErrA class=config scope=internal level=high",
                "1 changed ErrA class=functional scope=internal level=high");

        assertThat(printedAgainst("main")).containsExactly(ledger + ":3:1: event added before events of code 1 that"
                + " the ledger on main already has; a code's events are in the order they happened");
    }

    @Test
    void rejectsACodeReusedByForceSinceTheBase() throws Exception {
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();
        git.commit("ledger");
        fixture.catalogue(entry("ErrB", 1));
        fixture.record(true);

        assertThat(fixture.check()).isEmpty();
        assertThat(printedAgainst("main")).containsExactly(ledger + ":3:1: code 1 is reassigned to ErrB since main;"
                + " a code is never given to another error (force only imports history when adopting the ledger)");
    }

    @Test
    void acceptsALedgerThatIsNewSinceTheBase() throws Exception {
        fixture.catalogue(entry("ErrA", 1));
        git.commit("catalogue only");
        fixture.catalogue(entry("ErrB", 1));
        fixture.record(true);

        CheckResult result = fixture.check(List.of(), Optional.of("main"), List.of());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.summary()).endsWith(", is new since main");
    }

    @Test
    void rejectsOneCodeAssignedToDifferentErrorsOnTwoBranches() throws Exception {
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();
        git.commit("ledger");
        git.git("checkout", "-q", "-b", "release-6.5");
        fixture.catalogue(entry("ErrA", 1), entry("ErrReleaseFix", 2), entry("ErrReleaseOnly", 3));
        fixture.recorded();
        git.commit("release fix");
        git.git("checkout", "-q", "main");
        fixture.catalogue(entry("ErrA", 1), entry("ErrMainFeature", 2));
        fixture.recorded();

        CheckResult result = fixture.check(List.of(), Optional.empty(), List.of("main", "release-6.5"));

        assertThat(LedgerFixture.printed(result.diagnostics())).containsExactly(ledger + ":3:1: code 2 is assigned to"
                + " different errors on different branches: ErrMainFeature (here), ErrReleaseFix (release-6.5);"
                + " a code means one error on every branch");
        git.commit("main feature");
        git.git("checkout", "-q", "-b", "feature", "release-6.5");
        fixture.ledger(HEADER);
        assertThat(LedgerFixture.printed(fixture.check(List.of(), Optional.empty(), List.of("main", "release-6.5"))
                .diagnostics())).contains(ledger + ":1:1: code 2 is assigned to different errors on different"
                + " branches: ErrMainFeature (main), ErrReleaseFix (release-6.5); a code means one error on every"
                + " branch");
    }

    @Test
    void failsClearlyWithoutTheBaseOrARepositoryAndSaysSoInTheReport() throws Exception {
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();
        git.commit("ledger");
        Path errors = fixture.ledger.getParent().toAbsolutePath().normalize();

        CheckResult missingRef = fixture.check(List.of(), Optional.of("origin/main"), List.of("main", "origin/x"));
        assertThat(missingRef.hasErrors()).isTrue();
        assertThat(LedgerFixture.printed(missingRef.diagnostics())).containsExactly(
                fixture.ledger + ":1:1: cannot compare with origin/main: no such commit in the repository of "
                        + errors + "; fetch it first (for example git fetch origin)",
                fixture.ledger + ":1:1: cannot compare with origin/x: no such commit in the repository of "
                        + errors + "; fetch it first (for example git fetch origin)");
        assertThat(Files.readString(fixture.report))
                .contains("\"rule\": \"base-unreadable\"", "cannot compare with origin/x");

        try (Stream<Path> paths = Files.walk(directory.resolve(".git"))) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        assertThat(printedAgainst("main"))
                .containsExactly(fixture.ledger + ":1:1: cannot compare with main: " + errors + " is not in a git repository");
    }

    private List<String> printedAgainst(String ref) throws Exception {
        return LedgerFixture.printed(fixture.check(List.of(), Optional.of(ref), List.of()).diagnostics());
    }
}
