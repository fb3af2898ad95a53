package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.EntryLocations;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Compares a catalogue with what its ledger says every code means: a name keeps its code, a code
 * keeps its name unless the rename is declared, a retired code is never given out again. Class,
 * scope and level changes, removed codes and everything else not recorded yet are warnings, or
 * errors when the check has a base (a change must carry its ledger lines, or two branches could
 * each take a code unseen). Also works out the events that record the catalogue, forced or not.
 */
final class CatalogueComparer {
    private static final String RECORD = "mvn dm-errors:record";

    private final Catalogue catalogue;
    private final LedgerHistory history;
    private final DeclaredRenames renames;
    private final boolean complete;
    private final Diagnostics findings = new Diagnostics();
    private final List<LedgerEvent> events = new ArrayList<>();
    private final Map<String, ErrorDefinition> byName = new HashMap<>();

    private CatalogueComparer(Catalogue catalogue, Ledger ledger, DeclaredRenames renames, boolean complete) {
        this.catalogue = catalogue;
        this.complete = complete;
        this.history = LedgerHistory.replay(ledger.events(), new Diagnostics());
        this.renames = renames;
        catalogue.errors().forEach(error -> byName.put(error.name(), error));
    }

    /**
     * Compares {@code catalogue} with {@code ledger}, whose history must be valid.
     *
     * @param complete whether everything not recorded yet is an error, as it is when checking a
     *     change against a base
     */
    static Comparison compare(Catalogue catalogue, Ledger ledger, DeclaredRenames renames, boolean complete) {
        CatalogueComparer comparer = new CatalogueComparer(catalogue, ledger, renames, complete);
        catalogue.errors().forEach(comparer::compare);
        comparer.retireRemovedCodes();
        renames.newNames().forEach(comparer::checkDeclaredRename);
        return new Comparison(comparer.findings.all(), comparer.events);
    }

    private void compare(ErrorDefinition error) {
        EntryLocations entry = error.fields();
        int code = error.code();
        String name = error.name();
        Attributes attributes = Attributes.of(error);
        boolean moved = checkNameKeepsCode(error, entry);
        Optional<CodeState> recorded = history.state(code);
        if (recorded.isEmpty()) {
            events.add(LedgerEvent.of(code, EventKind.ASSIGNED, name, attributes));
            unrecorded(!moved, entry.code(), "code " + code + " (" + name + ") is not in the ledger yet");
            return;
        }
        CodeState state = recorded.get();
        if (state.retired() && !state.name().equals(name)) {
            findings.add(Rule.RETIRED_CODE_REUSED.error(entry.code(), "code " + code + " was retired as "
                    + state.name() + " (" + state.since() + ") and is now given to " + name
                    + "; a retired code is never given out again"));
            events.add(LedgerEvent.of(code, EventKind.REASSIGNED, name, attributes));
        } else if (state.retired()) {
            events.add(LedgerEvent.of(code, EventKind.RESTORED, name, attributes));
            unrecorded(!moved, entry.code(), "retired code " + code + " (" + name + ") is back; it is not"
                    + " restored in the ledger yet");
            warnAboutChanges(error, entry, state);
        } else if (state.name().equals(name)) {
            changed(error, entry, state);
        } else if (renames.declares(state.name(), name)) {
            events.add(LedgerEvent.renamed(code, state.name(), name));
            unrecorded(!moved, entry.name(), "the rename of code " + code + " from " + state.name() + " to "
                    + name + " is not in the ledger yet");
            changed(error, entry, state);
        } else {
            findings.add(Rule.CODE_CHANGED_NAME.error(entry.name(), "code " + code + " is recorded as "
                    + state.name() + " (" + state.since() + ") but is now named " + name
                    + "; if it is the same error, declare the rename " + state.name() + "=" + name
                    + ", otherwise give " + name + " a new code"));
            events.add(LedgerEvent.of(code, EventKind.REASSIGNED, name, attributes));
        }
    }

    /** Reports a name that the ledger records with other codes only; returns whether it moved. */
    private boolean checkNameKeepsCode(ErrorDefinition error, EntryLocations entry) {
        SortedMap<Integer, SourceLocation> codes = history.codesOf(error.name());
        if (codes.isEmpty() || codes.containsKey(error.code())) {
            return false;
        }
        int recorded = codes.firstKey();
        findings.add(Rule.NAME_CHANGED_CODE.error(entry.code(), error.name() + " has code "
                + error.code() + ", but the ledger records " + error.name() + " with code " + recorded
                + " (" + codes.get(recorded) + "); a name keeps its code"));
        return true;
    }

    private void changed(ErrorDefinition error, EntryLocations entry, CodeState state) {
        Attributes attributes = Attributes.of(error);
        if (!attributes.equals(state.attributes())) {
            events.add(LedgerEvent.of(error.code(), EventKind.CHANGED, error.name(), attributes));
            warnAboutChanges(error, entry, state);
        }
    }

    private void warnAboutChanges(ErrorDefinition error, EntryLocations entry, CodeState state) {
        Attributes now = Attributes.of(error);
        Attributes was = state.attributes();
        warnIfChanged(error, state, entry.errorClass(), "class", was.errorClass(), now.errorClass());
        warnIfChanged(error, state, entry.scope(), "scope", was.scope(), now.scope());
        warnIfChanged(error, state, entry.level(), "level", was.level(), now.level());
    }

    private void warnIfChanged(ErrorDefinition error, CodeState state, SourceLocation field, String noun,
            String was, String now) {
        if (!was.equals(now)) {
            findings.add(Rule.ATTRIBUTE_CHANGED.report(complete, field, "code " + error.code() + " ("
                    + error.name() + ") changes its " + noun + " from " + was + " to " + now + " (recorded at "
                    + state.since() + ")" + (complete ? "; run " + RECORD + " and commit the ledger" : "")));
        }
    }

    private void unrecorded(boolean report, SourceLocation field, String message) {
        if (report) {
            findings.add(Rule.UNRECORDED.report(complete, field, message + "; run " + RECORD
                    + (complete ? " and commit the ledger" : "")));
        }
    }

    private void retireRemovedCodes() {
        Map<Integer, ErrorDefinition> byCode = new HashMap<>();
        catalogue.errors().forEach(error -> byCode.put(error.code(), error));
        for (CodeState state : history.states()) {
            if (!state.retired() && !byCode.containsKey(state.code())) {
                findings.add(Rule.CODE_REMOVED.report(complete, state.since(), "code " + state.code() + " ("
                        + state.name() + ") is no longer in the catalogue; run " + RECORD + " to retire it"
                        + (complete ? " and commit the ledger" : "")));
                events.add(LedgerEvent.retired(state.code(), state.name()));
            }
        }
    }

    private void checkDeclaredRename(String oldName, String newName) {
        if (history.recordsRename(oldName, newName)) {
            return;
        }
        Optional<CodeState> old = history.states().stream()
                .filter(state -> !state.retired() && state.name().equals(oldName))
                .findFirst();
        ErrorDefinition renamed = byName.get(newName);
        if (old.isPresent() && renamed != null && old.get().code() == renamed.code()) {
            return;
        }
        String problem = "declared rename " + oldName + "=" + newName + " matches no code: ";
        if (old.isEmpty()) {
            findings.add(Rule.RENAME_UNMATCHED.error(renamed != null ? nameOf(renamed)
                    : new SourceLocation(catalogue.file(), 1, 1),
                    problem + oldName + " is not the name of an active code in the ledger"));
        } else if (renamed == null) {
            findings.add(Rule.RENAME_UNMATCHED.error(old.get().since(),
                    problem + newName + " is not in the catalogue"));
        } else {
            findings.add(Rule.RENAME_UNMATCHED.error(nameOf(renamed), problem + oldName + " has code "
                    + old.get().code() + " (" + old.get().since() + ") but " + newName + " has code "
                    + renamed.code()));
        }
    }

    private SourceLocation nameOf(ErrorDefinition error) {
        return error.fields().name();
    }
}
