package io.github.dmerrors.maven.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sorting back a ledger that git's union merge put together. */
class LedgerSorterTest {
    private static final String A = "1 assigned ErrA class=database scope=not-set level=high";
    private static final String A_CHANGED = "1 changed ErrA class=functional scope=not-set level=high";
    private static final String B = "2 assigned ErrB class=database scope=not-set level=high";
    private static final String C = "3 assigned ErrC class=database scope=not-set level=high";

    @Test
    void sortsCodesKeepsEachCodesOrderAndCommentsAndDropsOnlyRepeatedLines() {
        Ledger merged = parse(Ledger.HEADER, A, C, "# ErrB came from the release branch", B, A_CHANGED, C,
                "# the end");

        Ledger sorted = LedgerSorter.sort(merged);

        assertThat(sorted.lines()).containsExactly(Ledger.HEADER, A, A_CHANGED,
                "# ErrB came from the release branch", B, C, "# the end");
        assertThat(sorted.canonical()).isTrue();
        assertThat(sorted.events()).extracting(recorded -> recorded.event().line())
                .containsExactlyElementsOf(merged.events().stream()
                        .map(recorded -> recorded.event().line())
                        .sorted((x, y) -> Integer.compare(Integer.parseInt(x.split(" ")[0]),
                                Integer.parseInt(y.split(" ")[0])))
                        .toList());
    }

    @Test
    void leavesACanonicalLedgerAsItIs() {
        Ledger ledger = parse(Ledger.HEADER, A, A_CHANGED, B);

        assertThat(LedgerSorter.sort(ledger)).isSameAs(ledger);
    }

    private static Ledger parse(String... lines) {
        Diagnostics diagnostics = new Diagnostics();
        String content = String.join("\n", lines) + "\n";
        Ledger ledger = LedgerParser.parse(Path.of("errors.ledger"), content.getBytes(StandardCharsets.UTF_8),
                diagnostics);
        assertThat(diagnostics.all()).isEqualTo(List.of());
        return ledger;
    }
}
