package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledgers of a base, read from git: where the branch forked from it ({@code git merge-base
 * HEAD <ref>}), which the branch must keep, and its tip, with which the branch must agree. The
 * same ledger twice when the branch contains the base's tip (a branch up to date with its base, or
 * a merge commit checked against its first parent).
 *
 * @param forkName how messages name the fork: the ref itself when it is the tip, otherwise the ref
 *     and the commit where the branch forked from it
 * @param fork the ledger where the branch forked; empty if that commit has none
 * @param forkHasLedger whether that commit has a ledger at all
 * @param tip the ledger of the base's tip; empty if it has none
 */
record BaseLedgers(String forkName, Ledger fork, boolean forkHasLedger, Ledger tip) {
    BaseLedgers {
        Objects.requireNonNull(forkName, "forkName == null");
        Objects.requireNonNull(fork, "fork == null");
        Objects.requireNonNull(tip, "tip == null");
    }

    /**
     * Reads the ledgers of {@code ref} and of where HEAD forked from it. A base that cannot be read
     * is a finding ({@code base-unreadable}), so that the report is written and names it like every
     * other problem.
     *
     * @param ledger the ledger file in the work tree
     * @return the ledgers, or empty after reporting why they cannot be read
     */
    static Optional<BaseLedgers> read(Path ledger, String ref, Diagnostics findings) throws IOException {
        try {
            String tipCommit = GitReader.commit(ledger, ref);
            String forkCommit = GitReader.forkPoint(ledger, ref, tipCommit);
            Optional<Ledger> fork = ledgerAt(ledger, forkCommit);
            Ledger tip = forkCommit.equals(tipCommit) ? fork.orElse(Ledger.empty(ledger))
                    : ledgerAt(ledger, tipCommit).orElse(Ledger.empty(ledger));
            String forkName = forkCommit.equals(tipCommit) ? ref
                    : ref + " as of " + forkCommit.substring(0, Math.min(12, forkCommit.length()))
                            + ", where this branch forked from it";
            return Optional.of(new BaseLedgers(forkName, fork.orElse(Ledger.empty(ledger)), fork.isPresent(), tip));
        } catch (GitException e) {
            findings.add(Rule.BASE_UNREADABLE.error(new SourceLocation(ledger, 1, 1), e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Reads the ledger of {@code ref}'s tip only, as the other live branches are compared;
     * an empty ledger if it has none.
     *
     * @return the ledger, or empty after reporting why it cannot be read
     */
    static Optional<Ledger> tip(Path ledger, String ref, Diagnostics findings) throws IOException {
        try {
            return Optional.of(ledgerAt(ledger, GitReader.commit(ledger, ref)).orElse(Ledger.empty(ledger)));
        } catch (GitException e) {
            findings.add(Rule.BASE_UNREADABLE.error(new SourceLocation(ledger, 1, 1), e.getMessage()));
            return Optional.empty();
        }
    }

    // A base's own mistakes were reported when it was checked; here it only stands for history.
    private static Optional<Ledger> ledgerAt(Path ledger, String commit) throws GitException, IOException {
        return GitReader.show(ledger, commit).map(content -> LedgerParser.parse(ledger, content, new Diagnostics()));
    }
}
