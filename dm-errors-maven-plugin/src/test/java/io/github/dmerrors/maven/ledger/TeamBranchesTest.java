package io.github.dmerrors.maven.ledger;

import static io.github.dmerrors.maven.ledger.LedgerFixture.HEADER;
import static io.github.dmerrors.maven.ledger.LedgerFixture.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check in a team: a branch compared with where it forked from its base and with the base's
 * tip, unrecorded entries with a base, and ledgers that git's union merge put together.
 */
class TeamBranchesTest {
    private static final String A = "1 assigned ErrA class=database scope=internal level=high";
    private static final String B = "2 assigned ErrB class=database scope=internal level=high";
    private static final String C = "3 assigned ErrC class=database scope=internal level=high";

    @TempDir
    Path directory;

    private LedgerFixture fixture;
    private GitRepository git;
    private String catalogue;

    @BeforeEach
    void mainHoldsOneRecordedError() throws Exception {
        fixture = new LedgerFixture(directory.resolve("src/main/errors"));
        git = GitRepository.init(directory);
        catalogue = fixture.catalogue.toString();
        fixture.catalogue(entry("ErrA", 1));
        fixture.recorded();
        git.commit("ErrA");
    }

    @Test
    void passesABranchThatIsOnlyBehindItsBase() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 3));
        fixture.recorded();
        git.commit("ErrC");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        git.git("checkout", "-q", "feature");

        CheckResult result = checkAgainst("main");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.summary()).matches(".* \\(2 codes\\), keeps every line of main as of [0-9a-f]{12},"
                + " where this branch forked from it");
    }

    @Test
    void rejectsACodeTheBaseGaveToAnotherErrorSinceTheFork() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        git.git("checkout", "-q", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 2));
        fixture.recorded();

        assertThat(printed(checkAgainst("main"))).containsExactly(catalogue + ":2:12: main gave code 2 to ErrB since"
                + " this branch forked from it; give ErrC a new code");
        assertThat(rules(checkAgainst("main"))).containsExactly("branches-disagree");
    }

    @Test
    void rejectsACodeTheBaseAssignedAndRetiredSinceTheFork() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        onMain(entry("ErrA", 1));
        git.git("checkout", "-q", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 2));
        fixture.recorded();

        assertThat(printed(checkAgainst("main"))).containsExactly(catalogue + ":2:12: main retired code 2 (ErrB)"
                + " since this branch forked from it; give ErrC a new code");
    }

    @Test
    void rejectsANameTheBaseGaveAnotherCodeSinceTheFork() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        git.git("checkout", "-q", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 3));
        fixture.recorded();

        assertThat(printed(checkAgainst("main"))).containsExactly(catalogue + ":2:1: main gave ErrB code 2 since"
                + " this branch forked from it, and here ErrB has code 3; a name keeps its code: use main's entry,"
                + " or give this error another name");
    }

    @Test
    void acceptsAnErrorBothSidesAddedAlike() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        git.git("checkout", "-q", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2));
        fixture.recorded();

        assertThat(checkAgainst("main").diagnostics()).isEmpty();
    }

    @Test
    void acceptsARenameOnEitherSideSinceTheFork() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 3));
        fixture.recorded();
        git.commit("ErrC");
        git.git("checkout", "-q", "main");
        fixture.catalogue(entry("ErrAlpha", 1));
        fixture.recorded("ErrA=ErrAlpha");
        git.commit("rename on main");
        git.git("checkout", "-q", "feature");

        assertThat(checkAgainst("main").diagnostics()).isEmpty();

        git.git("checkout", "-q", "-b", "renamed", "main~1");
        fixture.catalogue(entry("ErrAOnBranch", 1));
        fixture.recorded("ErrA=ErrAOnBranch");
        assertThat(printed(checkAgainst("feature"))).isEmpty();
    }

    @Test
    void failsOnUnrecordedEntriesWithABaseAndOnlyWarnsWithout() throws Exception {
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2));

        List<Diagnostic> withBase = checkAgainst("main").diagnostics();
        List<Diagnostic> without = fixture.check(List.of(), Optional.empty(), List.of()).diagnostics();

        String message = "code 2 (ErrB) is not in the ledger yet; run mvn dm-errors:record";
        assertThat(withBase).extracting(Diagnostic::toString)
                .containsExactly(catalogue + ":2:12: " + message + " and commit the ledger");
        assertThat(withBase).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
        assertThat(withBase).extracting(diagnostic -> diagnostic.rule().orElseThrow()).containsExactly("unrecorded");
        assertThat(without).extracting(Diagnostic::toString).containsExactly(catalogue + ":2:12: warning: " + message);
        fixture.recorded();
        fixture.catalogue(entry("ErrB", 2));
        assertThat(printed(checkAgainst("main"))).containsExactly(fixture.ledger + ":2:1: code 1 (ErrA) is no longer"
                + " in the catalogue; run mvn dm-errors:record to retire it and commit the ledger");
    }

    @Test
    void keepsTheLinesOfTheForkOfAMergeCommitCheckedAgainstItsFirstParent() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 3));
        fixture.recorded();
        git.commit("ErrC");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2), entry("ErrC", 3));
        fixture.ledger(HEADER, A, B, C);
        git.git("merge", "-q", "--no-ff", "-s", "ours", "--no-commit", "feature");
        git.commit("merge feature");

        CheckResult result = checkAgainst("HEAD^1");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.summary()).endsWith(", keeps every line of HEAD^1");
        fixture.ledger(HEADER, A, C);
        assertThat(printed(checkAgainst("HEAD^1"))).contains(fixture.ledger + ":3:1: line 3 of the ledger"
                + " on HEAD^1, '" + B + "', is missing here; lines are only ever added to the ledger");
    }

    @Test
    void acceptsAUnionMergeOfAgreeingBranchesAndRecordSortsIt() throws Exception {
        Files.writeString(directory.resolve(".gitattributes"), "src/main/errors/errors.ledger merge=union\n");
        git.commit("union merge");
        git.git("checkout", "-q", "-b", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 3));
        fixture.recorded();
        git.commit("ErrC");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        git.git("checkout", "-q", "feature");
        // The catalogue conflicts where both sides added a line; the ledger merges by union.
        assertThat(git.run("merge", "-q", "--no-commit", "main")).isEqualTo(1);
        assertThat(fixture.ledgerText()).isEqualTo(String.join("\n", HEADER, A, C, B) + "\n");
        fixture.catalogue(entry("ErrA", 1), entry("ErrB", 2), entry("ErrC", 3));

        CheckResult merged = checkAgainst("main");

        assertThat(merged.hasErrors()).isFalse();
        assertThat(printed(merged)).containsExactly(fixture.ledger + ":1:1: warning: codes out of order or an event"
                + " twice, as git's union merge leaves a ledger; run mvn dm-errors:record to sort it");
        RecordResult recorded = fixture.record(false);
        assertThat(recorded.summary()).startsWith("dm-errors: sorted " + fixture.ledger + " (3 events)");
        assertThat(fixture.ledgerText()).isEqualTo(String.join("\n", HEADER, A, B, C) + "\n");
        assertThat(checkAgainst("main").diagnostics()).isEmpty();
        git.commit("merge main");
        git.git("checkout", "-q", "-b", "old-main", "HEAD~1");
        git.git("checkout", "-q", "feature");
        assertThat(checkAgainst("old-main").diagnostics()).isEmpty();
    }

    @Test
    void rejectsAUnionMergeOfBranchesThatGaveOneCodeToTwoErrors() throws Exception {
        Files.writeString(directory.resolve(".gitattributes"), "src/main/errors/errors.ledger merge=union\n");
        git.commit("union merge");
        git.git("checkout", "-q", "-b", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 2));
        fixture.recorded();
        git.commit("ErrC");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        git.git("checkout", "-q", "feature");
        assertThat(git.run("merge", "-q", "--no-commit", "main")).isEqualTo(1);
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 2));

        CheckResult merged = checkAgainst("main");

        assertThat(printed(merged)).contains(fixture.ledger + ":4:1: code 2 is assigned to ErrB here and to ErrC at"
                + " line 3, as a merge of two branches that gave it to different errors leaves it; keep one and"
                + " give the other a new code");
        assertThat(rules(merged)).contains("branches-disagree");
    }

    @Test
    void failsWithOneClearLineInAShallowClone() throws Exception {
        git.git("checkout", "-q", "-b", "feature");
        fixture.catalogue(entry("ErrA", 1), entry("ErrC", 3));
        fixture.recorded();
        git.commit("ErrC");
        onMain(entry("ErrA", 1), entry("ErrB", 2));
        Path clone = directory.resolve("clone");
        git.git("clone", "-q", "--depth=1", "--branch", "feature", directory.toUri().toString(), clone.toString());
        GitRepository shallow = GitRepository.at(clone);
        shallow.git("fetch", "-q", "--depth=1", "origin", "main:refs/remotes/origin/main");
        LedgerFixture cloned = new LedgerFixture(clone.resolve("src/main/errors"));

        CheckResult result = cloned.check(List.of(), Optional.of("origin/main"), List.of());

        assertThat(printed(result)).containsExactly(cloned.ledger + ":1:1: cannot find where HEAD forked from"
                + " origin/main: the clone is shallow; fetch the history first (git fetch --unshallow, or"
                + " fetch-depth: 0 for actions/checkout)");
        assertThat(rules(result)).containsExactly("base-unreadable");
        assertThat(Files.readString(cloned.report)).contains("\"rule\": \"base-unreadable\"");
        shallow.git("fetch", "-q", "--unshallow", "origin");
        assertThat(cloned.check(List.of(), Optional.of("origin/main"), List.of()).diagnostics()).isEmpty();
    }

    /** Checks out main, writes its catalogue, records and commits it. */
    private void onMain(String... entries) throws Exception {
        git.git("checkout", "-q", "main");
        fixture.catalogue(entries);
        fixture.recorded();
        git.commit("main");
    }

    private CheckResult checkAgainst(String ref) throws Exception {
        return fixture.check(List.of(), Optional.of(ref), List.of());
    }

    private static List<String> printed(CheckResult result) {
        return LedgerFixture.printed(result.diagnostics());
    }

    private static List<String> rules(CheckResult result) {
        return result.diagnostics().stream().map(diagnostic -> diagnostic.rule().orElseThrow()).toList();
    }
}
