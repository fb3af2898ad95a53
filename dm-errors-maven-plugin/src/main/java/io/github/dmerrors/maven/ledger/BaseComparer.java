package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the ledger with the ledgers of git base revisions: the one this change goes into must
 * be kept line for line (the ledger is append-only, so that a change cannot edit the catalogue and
 * the ledger together to hide a reuse), and every branch must assign a code to the same error.
 */
final class BaseComparer {
    private BaseComparer() {}

    /**
     * Reports every line of {@code base} that {@code current} lost or changed, every line added
     * before the events that {@code base} already has for its code, and every code that a forced
     * record gave to another error since {@code base}.
     *
     * @param ref the base's name, for messages
     */
    static List<Finding> appendOnly(Ledger current, String ref, Ledger base) {
        Findings findings = new Findings();
        List<Integer> lines = eventLines(current);
        boolean[] kept = keptLines(current, lines, ref, base, findings);
        Map<Integer, LedgerEvent> events = new HashMap<>();
        current.events().forEach(recorded -> events.put(recorded.location().line(), recorded.event()));
        Map<Integer, Integer> lastKept = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            LedgerEvent event = events.get(lines.get(i));
            if (kept[i] && event != null) {
                lastKept.put(event.code(), i);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            LedgerEvent event = events.get(lines.get(i));
            if (kept[i] || event == null) {
                continue;
            }
            SourceLocation at = new SourceLocation(current.file(), lines.get(i), 1);
            if (lastKept.getOrDefault(event.code(), -1) > i) {
                findings.error(Rule.LEDGER_EDITED, at, "event added before events of code " + event.code()
                        + " that the ledger on " + ref + " already has; a code's events are in the order"
                        + " they happened");
            }
            if (event.kind() == EventKind.REASSIGNED) {
                findings.error(Rule.REUSE_FORCED, at, "code " + event.code() + " is reassigned to " + event.name()
                        + " since " + ref + "; a code is never given to another error (force only imports"
                        + " history when adopting the ledger)");
            }
        }
        return findings.all();
    }

    /**
     * Finds each line of {@code base} among {@code lines} of {@code current}, in order, and reports
     * those that are missing where they should be.
     *
     * @return for each of {@code lines}, whether it is a line of {@code base}
     */
    private static boolean[] keptLines(
            Ledger current, List<Integer> lines, String ref, Ledger base, Findings findings) {
        boolean[] kept = new boolean[lines.size()];
        int next = 0;
        for (int baseLine : eventLines(base)) {
            String text = base.lines().get(baseLine - 1);
            int found = next;
            while (found < lines.size() && !current.lines().get(lines.get(found) - 1).equals(text)) {
                found++;
            }
            if (found < lines.size()) {
                kept[found] = true;
                next = found + 1;
                continue;
            }
            int here = next < lines.size() ? lines.get(next) : Math.max(1, current.lines().size());
            findings.error(Rule.LEDGER_EDITED, new SourceLocation(current.file(), here, 1), "line " + baseLine
                    + " of the ledger on " + ref + ", '" + text + "', is missing here; lines are only ever added"
                    + " to the ledger");
        }
        return kept;
    }

    /**
     * Reports every code that the ledgers assign to different errors.
     *
     * @param bases the ledgers of other branches, by ref, in the order given
     */
    static List<Finding> agreement(Ledger current, Map<String, Ledger> bases) {
        Map<String, Map<Integer, String>> assigned = new LinkedHashMap<>();
        assigned.put("here", assignedNames(current));
        bases.forEach((ref, ledger) -> assigned.put(ref, assignedNames(ledger)));
        Map<Integer, SourceLocation> locations = new HashMap<>();
        current.events().stream()
                .filter(recorded -> recorded.event().kind() == EventKind.ASSIGNED)
                .forEach(recorded -> locations.put(recorded.code(), recorded.location()));
        TreeSet<Integer> codes = new TreeSet<>();
        assigned.values().forEach(names -> codes.addAll(names.keySet()));
        Findings findings = new Findings();
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
                findings.error(Rule.BRANCHES_DISAGREE,
                        locations.getOrDefault(code, new SourceLocation(current.file(), 1, 1)),
                        "code " + code + " is assigned to different errors on different branches: "
                                + String.join(", ", parts) + "; a code means one error on every branch");
            }
        }
        return findings.all();
    }

    private static Map<Integer, String> assignedNames(Ledger ledger) {
        Map<Integer, String> names = new TreeMap<>();
        ledger.events().stream()
                .filter(recorded -> recorded.event().kind() == EventKind.ASSIGNED)
                .forEach(recorded -> names.putIfAbsent(recorded.code(), recorded.event().name()));
        return names;
    }

    /** Returns the numbers of the lines that are not comments, in order. */
    private static List<Integer> eventLines(Ledger ledger) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < ledger.lines().size(); i++) {
            String line = ledger.lines().get(i);
            if (!line.isEmpty() && !Ledger.isComment(line)) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }
}
