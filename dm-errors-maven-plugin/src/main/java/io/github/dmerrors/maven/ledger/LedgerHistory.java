package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Replays the events of a ledger into the state of each code, and reports a history that cannot
 * have happened: an event before the code was assigned, a rename from a name the code does not
 * have, a retired code retired again, one name active on two codes.
 */
final class LedgerHistory {
    private final Map<Integer, CodeState> states = new TreeMap<>();
    private final Map<String, SortedMap<Integer, SourceLocation>> names = new HashMap<>();
    private final Set<String> renames = new HashSet<>();

    private LedgerHistory() {}

    /** Replays {@code events}, in file order, reporting every impossible step into {@code diagnostics}. */
    static LedgerHistory replay(List<RecordedEvent> events, Diagnostics diagnostics) {
        LedgerHistory history = new LedgerHistory();
        events.forEach(event -> history.apply(event, diagnostics));
        history.checkActiveNamesAreUnique(diagnostics);
        return history;
    }

    Optional<CodeState> state(int code) {
        return Optional.ofNullable(states.get(code));
    }

    /** Returns every code in order. */
    Collection<CodeState> states() {
        return states.values();
    }

    /** Returns the codes that have ever had {@code name}, each with where it first did. */
    SortedMap<Integer, SourceLocation> codesOf(String name) {
        return names.getOrDefault(name, new TreeMap<>());
    }

    /** Tells whether the ledger records the rename of {@code formerName} to {@code name}. */
    boolean recordsRename(String formerName, String name) {
        return renames.contains(formerName + "=" + name);
    }

    private void apply(RecordedEvent recorded, Diagnostics diagnostics) {
        LedgerEvent event = recorded.event();
        SourceLocation at = recorded.location();
        CodeState state = states.get(event.code());
        String problem = problem(event, state);
        if (problem != null) {
            diagnostics.error(at, problem);
            return;
        }
        Attributes attributes = event.attributes() != null ? event.attributes() : state.attributes();
        boolean retired = event.kind() == EventKind.RETIRED;
        states.put(event.code(), new CodeState(event.code(), event.name(), attributes, retired, at));
        names.computeIfAbsent(event.name(), name -> new TreeMap<>()).putIfAbsent(event.code(), at);
        if (event.kind() == EventKind.RENAMED) {
            renames.add(event.formerName() + "=" + event.name());
        }
    }

    private static String problem(LedgerEvent event, CodeState state) {
        String code = "code " + event.code();
        if (state == null) {
            return event.kind() == EventKind.ASSIGNED ? null : "'" + event.kind().word() + "' before " + code
                    + " was assigned";
        }
        String current = event.kind() == EventKind.RENAMED ? event.formerName() : event.name();
        String retiredAt = code + " is retired (line " + state.since().line() + ")";
        boolean sameName = state.name().equals(current);
        return switch (event.kind()) {
            case ASSIGNED -> code + " was already assigned (line " + state.since().line()
                    + "); a code is assigned once";
            case RENAMED, CHANGED, RETIRED -> state.retired() ? retiredAt
                    : sameName ? null
                    : code + " is named " + state.name() + " here, not " + current;
            case RESTORED -> !state.retired() ? code + " is not retired"
                    : sameName ? null
                    : code + " was retired as " + state.name() + ", not " + current;
            case REASSIGNED -> !state.retired() && sameName ? code + " already is " + current : null;
        };
    }

    private void checkActiveNamesAreUnique(Diagnostics diagnostics) {
        Map<String, CodeState> owners = new HashMap<>();
        for (CodeState state : states.values()) {
            if (state.retired()) {
                continue;
            }
            CodeState owner = owners.putIfAbsent(state.name(), state);
            if (owner != null) {
                diagnostics.error(state.since(), state.name() + " is the name of code " + owner.code()
                        + " (line " + owner.since().line() + ") and of code " + state.code()
                        + "; a name belongs to one code");
            }
        }
    }
}
