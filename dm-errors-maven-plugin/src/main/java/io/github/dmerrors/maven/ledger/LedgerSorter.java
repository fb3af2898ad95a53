package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Brings a ledger that git's union merge left out of order back to the form {@code record}
 * writes: codes in order, each code's events in the order they happened, an event that both sides
 * recorded once. No event is lost or changed; a comment travels with the line after it.
 */
final class LedgerSorter {
    private LedgerSorter() {}

    /**
     * Returns {@code ledger} in its canonical form; {@code ledger} itself if it is already in it.
     *
     * @param ledger a valid ledger, every line of which is a comment or an event
     */
    static Ledger sort(Ledger ledger) {
        if (ledger.canonical()) {
            return ledger;
        }
        Map<Integer, Integer> codeOfLine = new HashMap<>();
        ledger.events().forEach(recorded -> codeOfLine.put(recorded.location().line(), recorded.code()));
        List<String> head = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (int number = 1; number <= ledger.lines().size(); number++) {
            String line = ledger.lines().get(number - 1);
            Integer code = codeOfLine.get(number);
            if (code != null) {
                List<String> lines = new ArrayList<>(pending);
                lines.add(line);
                blocks.add(new Block(code, lines));
                pending.clear();
            } else if (Ledger.isComment(line)) {
                (blocks.isEmpty() ? head : pending).add(line);
            }
            // Any other line repeats an event kept elsewhere.
        }
        blocks.sort(Comparator.comparingInt(Block::code));
        List<String> sorted = new ArrayList<>(head);
        blocks.forEach(block -> sorted.addAll(block.lines()));
        sorted.addAll(pending);
        String content = sorted.stream().map(line -> line + "\n").collect(Collectors.joining());
        return LedgerParser.parse(ledger.file(), content.getBytes(StandardCharsets.UTF_8), new Diagnostics());
    }

    private record Block(int code, List<String> lines) {}
}
