package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.ArrayList;
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
 *
 * <p>A line that repeats an earlier line of its code and cannot happen where it stands is the
 * same event twice, as git's union merge leaves an event that both sides recorded: it is skipped,
 * not reported. (An event can recur in a real history — retired, restored, retired again — but
 * then it can happen where it stands.) One code assigned to two errors, or one name given to two
 * codes, is what a union merge of two disagreeing branches leaves, and is reported as such.
 */
final class LedgerHistory {
    private final Map<Integer, CodeState> states = new TreeMap<>();
    private final Map<String, SortedMap<Integer, SourceLocation>> names = new HashMap<>();
    private final Set<String> renames = new HashSet<>();
    private final Map<Integer, Set<String>> linesOfCode = new HashMap<>();
    private final Map<Integer, RecordedEvent> assignments = new HashMap<>();
    private final List<RecordedEvent> repeated = new ArrayList<>();

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

    /** Returns the events skipped as repeats of an earlier line, in file order. */
    List<RecordedEvent> repeated() {
        return List.copyOf(repeated);
    }

    private void apply(RecordedEvent recorded, Diagnostics diagnostics) {
        LedgerEvent event = recorded.event();
        SourceLocation at = recorded.location();
        CodeState state = states.get(event.code());
        String problem = problem(event, state);
        Set<String> seen = linesOfCode.computeIfAbsent(event.code(), code -> new HashSet<>());
        if (problem != null && seen.contains(event.line())) {
            repeated.add(recorded);
            return;
        }
        if (problem != null && event.kind() == EventKind.ASSIGNED && assignments.containsKey(event.code())) {
            RecordedEvent first = assignments.get(event.code());
            diagnostics.add(Rule.BRANCHES_DISAGREE.error(at, "code " + event.code() + " is assigned to "
                    + event.name() + " here and to " + first.event().name() + " at line " + first.location().line()
                    + ", as a merge of two branches that gave it to different errors leaves it;"
                    + " keep one and give the other a new code"));
            return;
        }
        if (problem != null) {
            diagnostics.error(at, problem);
            return;
        }
        seen.add(event.line());
        if (event.kind() == EventKind.ASSIGNED) {
            assignments.put(event.code(), recorded);
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
                diagnostics.add(Rule.BRANCHES_DISAGREE.error(state.since(), state.name() + " is the name of code "
                        + owner.code() + " (line " + owner.since().line() + ") and of code " + state.code()
                        + "; a name belongs to one code"));
            }
        }
    }
}
