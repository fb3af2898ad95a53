package io.github.dmerrors.maven.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds events to a ledger without changing or moving any line: each goes right after the lines of
 * its code, or where its code sorts, so that the diff of the file shows exactly the added events.
 */
final class LedgerMerger {
    private LedgerMerger() {}

    /**
     * Returns the lines of {@code ledger} with {@code events} added; a ledger without lines gets the
     * {@linkplain Ledger#HEADER header} first.
     *
     * @param ledger a valid ledger, every line of which is a comment or an event
     * @param events the events to add; those of one code in the order they happened
     * @return the lines of the new ledger, in order, without line endings
     */
    static List<String> merge(Ledger ledger, List<LedgerEvent> events) {
        List<Integer> lineCodes = new ArrayList<>();
        Map<Integer, Integer> codeOfLine = new HashMap<>();
        ledger.events().forEach(recorded -> codeOfLine.put(recorded.location().line(), recorded.code()));
        for (int number = 1; number <= ledger.lines().size(); number++) {
            lineCodes.add(codeOfLine.get(number));
        }
        Map<Integer, List<String>> inserted = new TreeMap<>();
        events.stream()
                .sorted(Comparator.comparingInt(LedgerEvent::code))
                .forEach(event -> inserted.computeIfAbsent(slot(lineCodes, event.code()), slot -> new ArrayList<>())
                        .add(event.line()));
        List<String> merged = new ArrayList<>();
        if (ledger.lines().isEmpty()) {
            merged.add(Ledger.HEADER);
        }
        for (int index = 0; index <= ledger.lines().size(); index++) {
            merged.addAll(inserted.getOrDefault(index, List.of()));
            if (index < ledger.lines().size()) {
                merged.add(ledger.lines().get(index));
            }
        }
        return List.copyOf(merged);
    }

    /**
     * Returns the index of the line before which an event of {@code code} goes: after the last
     * event of a code up to {@code code}, so that a comment stays with the line it precedes; or
     * before the first event, after the header.
     */
    private static int slot(List<Integer> lineCodes, int code) {
        int first = lineCodes.size();
        for (int index = lineCodes.size() - 1; index >= 0; index--) {
            Integer lineCode = lineCodes.get(index);
            if (lineCode != null && lineCode <= code) {
                return index + 1;
            }
            if (lineCode != null) {
                first = index;
            }
        }
        return first;
    }
}
