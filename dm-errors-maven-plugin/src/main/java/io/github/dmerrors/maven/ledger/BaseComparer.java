package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Compares the ledger with the ledgers of git base revisions: the one where the branch forked from
 * its base must be kept event for event (the ledger is append-only, so that a change cannot edit
 * the catalogue and the ledger together to hide a reuse), and every branch must assign a code to
 * the same error.
 */
final class BaseComparer {
    private BaseComparer() {}

    /**
     * Reports every event of {@code baseLedger} that {@code current} lost or changed, every event added
     * before the events that {@code baseLedger} already has for its code, and every code that a forced
     * record gave to another error since then. Only the order of one code's events has a
     * meaning, so codes may come in any order (as a union merge leaves them).
     *
     * @param base how messages name the base, such as {@code main}
     * @param baseLedger the base's ledger
     */
    static List<Diagnostic> appendOnly(Ledger current, String base, Ledger baseLedger) {
        String ledgerOn = "the ledger on " + base;
        Diagnostics diagnostics = new Diagnostics();
        Map<Integer, List<RecordedEvent>> currentByCode = byCode(current);
        for (Map.Entry<Integer, List<RecordedEvent>> code : byCode(baseLedger).entrySet()) {
            List<RecordedEvent> here = currentByCode.getOrDefault(code.getKey(), List.of());
            boolean[] kept = new boolean[here.size()];
            int next = 0;
            for (RecordedEvent baseEvent : code.getValue()) {
                String text = baseEvent.event().line();
                int found = next;
                while (found < here.size() && !here.get(found).event().line().equals(text)) {
                    found++;
                }
                if (found < here.size()) {
                    kept[found] = true;
                    next = found + 1;
                    continue;
                }
                SourceLocation at = next < here.size() ? here.get(next).location()
                        : where(current, code.getKey());
                diagnostics.add(Rule.LEDGER_EDITED.error(at, "line " + baseEvent.location().line() + " of "
                        + ledgerOn + ", '" + text + "', is missing here; lines are only ever added"
                        + " to the ledger"));
            }
            int lastKept = -1;
            for (int i = 0; i < here.size(); i++) {
                lastKept = kept[i] ? i : lastKept;
            }
            for (int i = 0; i < lastKept; i++) {
                // A second assignment is what a merge of disagreeing branches leaves; the ledger's
                // reader reports it as such.
                if (!kept[i] && here.get(i).event().kind() != EventKind.ASSIGNED) {
                    diagnostics.add(Rule.LEDGER_EDITED.error(here.get(i).location(), "event added before events"
                            + " of code " + code.getKey() + " that " + ledgerOn + " already has; a code's"
                            + " events are in the order they happened"));
                }
            }
        }
        Set<String> baseLines = new HashSet<>();
        baseLedger.events().forEach(recorded -> baseLines.add(recorded.event().line()));
        current.events().stream()
                .filter(recorded -> recorded.event().kind() == EventKind.REASSIGNED)
                .filter(recorded -> !baseLines.contains(recorded.event().line()))
                .forEach(recorded -> diagnostics.add(Rule.REUSE_FORCED.error(recorded.location(), "code "
                        + recorded.code() + " is reassigned to " + recorded.event().name() + " since "
                        + base + "; a code is never given to another error (force only imports history"
                        + " when adopting the ledger)")));
        return diagnostics.all();
    }

    /**
     * Reports every code that the ledgers assign to different errors.
     *
     * @param bases the ledgers of other branches, by ref, in the order given
     * @param compared which codes to compare: not those reported otherwise
     */
    static List<Diagnostic> agreement(Ledger current, Map<String, Ledger> bases, IntPredicate compared) {
        Map<String, Map<Integer, String>> assigned = new LinkedHashMap<>();
        assigned.put("here", assignedNames(current));
        bases.forEach((ref, ledger) -> assigned.put(ref, assignedNames(ledger)));
        Map<Integer, SourceLocation> locations = new HashMap<>();
        current.events().stream()
                .filter(recorded -> recorded.event().kind() == EventKind.ASSIGNED)
                .forEach(recorded -> locations.put(recorded.code(), recorded.location()));
        TreeSet<Integer> codes = new TreeSet<>();
        assigned.values().forEach(names -> codes.addAll(names.keySet()));
        codes.removeIf(code -> !compared.test(code));
        Diagnostics diagnostics = new Diagnostics();
        for (int code : codes) {
            Map<String, List<String>> refsByName = new LinkedHashMap<>();
            assigned.forEach((ref, names) -> {
                String name = names.get(code);
                if (name != null) {
                    refsByName.computeIfAbsent(name, key -> new ArrayList<>()).add(ref);
                }
            });
            if (refsByName.size() > 1) {
                List<String> parts = new ArrayList<>();
                refsByName.forEach((name, refs) -> parts.add(name + " (" + String.join(", ", refs) + ")"));
                diagnostics.add(Rule.BRANCHES_DISAGREE.error(
                        locations.getOrDefault(code, new SourceLocation(current.file(), 1, 1)),
                        "code " + code + " is assigned to different errors on different branches: "
                                + String.join(", ", parts) + "; a code means one error on every branch"));
            }
        }
        return diagnostics.all();
    }

    private static Map<Integer, String> assignedNames(Ledger ledger) {
        Map<Integer, String> names = new TreeMap<>();
        ledger.events().stream()
                .filter(recorded -> recorded.event().kind() == EventKind.ASSIGNED)
                .forEach(recorded -> names.putIfAbsent(recorded.code(), recorded.event().name()));
        return names;
    }

    /** Returns the events of each code, in file order, by code. */
    private static Map<Integer, List<RecordedEvent>> byCode(Ledger ledger) {
        Map<Integer, List<RecordedEvent>> byCode = new TreeMap<>();
        ledger.events().forEach(recorded -> byCode.computeIfAbsent(recorded.code(), code -> new ArrayList<>())
                .add(recorded));
        return byCode;
    }

    /** Returns where the events of {@code code} would be: at the first event of a later code, or the end. */
    private static SourceLocation where(Ledger ledger, int code) {
        return ledger.events().stream()
                .filter(recorded -> recorded.code() > code)
                .map(RecordedEvent::location)
                .findFirst()
                .orElse(new SourceLocation(ledger.file(), Math.max(1, ledger.lines().size()), 1));
    }
}
