package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a branch's catalogue with what its base gained since the branch forked: a code the base
 * gave to another error or retired, or a name the base gave another code, is taken, and the
 * branch must give its error a new code. What the base had at the fork is the branch's own
 * ledger's business; what it gained later is not missing from the branch, only taken.
 */
final class TipComparer {
    private final String ref;
    private final LedgerHistory tip;
    private final LedgerHistory here;
    private final Set<Integer> news = new TreeSet<>();
    private final Diagnostics diagnostics = new Diagnostics();
    private final Set<Integer> reported = new HashSet<>();

    private TipComparer(String ref, Ledger current, Ledger fork, Ledger tipLedger) {
        this.ref = ref;
        this.tip = LedgerHistory.replay(tipLedger.events(), new Diagnostics());
        this.here = LedgerHistory.replay(current.events(), new Diagnostics());
        Set<String> forkLines = new HashSet<>();
        fork.events().forEach(recorded -> forkLines.add(recorded.event().line()));
        tipLedger.events().stream()
                .filter(recorded -> !forkLines.contains(recorded.event().line()))
                .forEach(recorded -> news.add(recorded.code()));
    }

    /**
     * Compares {@code catalogue}, the branch's, with the events {@code tipLedger} has and
     * {@code fork} has not.
     *
     * @param ref the base, for messages
     * @param current the branch's ledger
     * @param fork the ledger where the branch forked from the base
     * @param tipLedger the ledger of the base's tip
     */
    static TipComparer compare(Catalogue catalogue, String ref, Ledger current, Ledger fork, Ledger tipLedger) {
        TipComparer comparer = new TipComparer(ref, current, fork, tipLedger);
        catalogue.errors().forEach(comparer::compare);
        return comparer;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics.all();
    }

    /** Returns the codes reported, which the ledger-wide agreement need not report again. */
    Set<Integer> reportedCodes() {
        return Set.copyOf(reported);
    }

    /**
     * Tells whether the base gained events of {@code code} since the fork and it is not reported
     * yet: what the ledger-wide agreement still has to compare.
     */
    boolean unreportedNews(int code) {
        return news.contains(code) && !reported.contains(code);
    }

    private void compare(ErrorDefinition error) {
        int code = error.code();
        String name = error.name();
        tip.state(code)
                .filter(state -> news.contains(code))
                .filter(state -> !tip.codesOf(name).containsKey(code))
                .filter(state -> !here.codesOf(state.name()).containsKey(code))
                .ifPresent(state -> {
                    reported.add(code);
                    diagnostics.add(Rule.BRANCHES_DISAGREE.error(error.fields().code(), ref
                            + (state.retired() ? " retired code " + code + " (" + state.name() + ")"
                                    : " gave code " + code + " to " + state.name())
                            + " since this branch forked from it; give " + name + " a new code"));
                });
        tip.codesOf(name).keySet().stream()
                .filter(other -> other != code && news.contains(other))
                .filter(other -> !here.codesOf(name).containsKey(other))
                .findFirst()
                .ifPresent(other -> {
                    reported.add(other);
                    diagnostics.add(Rule.BRANCHES_DISAGREE.error(error.fields().name(), ref + " gave " + name
                            + " code " + other + " since this branch forked from it, and here " + name
                            + " has code " + code + "; a name keeps its code: use " + ref + "'s entry, or give"
                            + " this error another name"));
                });
    }
}
