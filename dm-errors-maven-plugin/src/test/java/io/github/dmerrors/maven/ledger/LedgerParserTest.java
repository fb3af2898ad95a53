package io.github.dmerrors.maven.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerParserTest {
    private static final Path FILE = Path.of("errors.ledger");
    private static final Attributes DATABASE = new Attributes("database", "not-set", "high");
    private static final Attributes FUNCTIONAL = new Attributes("functional", "internal", "low");

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void readsEveryKindOfEventAsTheLineItWrites() {
        List<LedgerEvent> events = List.of(
                LedgerEvent.of(10001, EventKind.ASSIGNED, "ErrA", DATABASE),
                LedgerEvent.renamed(10001, "ErrA", "ErrB"),
                LedgerEvent.of(10001, EventKind.CHANGED, "ErrB", FUNCTIONAL),
                LedgerEvent.retired(10001, "ErrB"),
                LedgerEvent.of(10001, EventKind.RESTORED, "ErrB", DATABASE),
                LedgerEvent.of(10001, EventKind.REASSIGNED, "ErrC", FUNCTIONAL));
        String text = LedgerFixture.HEADER + "\n"
                + String.join("\n", events.stream().map(LedgerEvent::line).toList()) + "\n";

        Ledger ledger = parse(text);

        assertThat(reported()).isEmpty();
        assertThat(ledger.events()).extracting(RecordedEvent::event).isEqualTo(events);
        assertThat(ledger.events()).extracting(event -> event.location().line()).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(events.get(0).line()).isEqualTo("10001 assigned ErrA class=database scope=not-set level=high");
        assertThat(events.get(1).line()).isEqualTo("10001 renamed ErrA ErrB");
        assertThat(events.get(3).line()).isEqualTo("10001 retired ErrB");
    }

    @Test
    void acceptsCrlfAndAMissingLastLineEnding() {
        Ledger ledger = parse("1 assigned ErrA class=database scope=not-set level=high\r\n2 retired ErrA");

        assertThat(ledger.lines()).containsExactly(
                "1 assigned ErrA class=database scope=not-set level=high", "2 retired ErrA");
        assertThat(reported()).containsExactly("errors.ledger:2:1: 'retired' before code 2 was assigned");
    }

    @Test
    void reportsEachMalformedLineAtTheFieldThatIsWrong() {
        parse("01 assigned ErrA class=database scope=not-set level=high\n"
                + "2  assigned ErrA class=database scope=not-set level=high\n"
                + "3 given ErrA\n"
                + "4 assigned ErrA class=database scope=not-set\n"
                + "5 retired ErrA extra\n"
                + "6 assigned ErrA scope=database class=not-set level=high\n"
                + "7 assigned ErrA class=database scope=nowhere level=high\n"
                + "8 renamed ErrA Err-B\n"
                + "\n"
                + "99999999999 retired ErrA\n");

        assertThat(reported()).containsExactly(
                "errors.ledger:1:1: invalid code '01': a code is a plain decimal, without leading zeros",
                "errors.ledger:2:3: empty field; fields are separated by one space",
                "errors.ledger:3:3: unknown event 'given'; events are assigned, renamed, changed, retired,"
                        + " restored, reassigned",
                "errors.ledger:4:3: 'assigned' takes a name, class=…, scope=… and level=…,"
                        + " found 3 fields after it",
                "errors.ledger:5:16: 'retired' takes the name, found 2 fields after it",
                "errors.ledger:6:17: expected class=…, found 'scope=database'",
                "errors.ledger:7:32: unknown scope 'nowhere'; valid scopes are not-set, upstream, downstream, internal",
                "errors.ledger:8:16: invalid name 'Err-B'",
                "errors.ledger:9:1: blank line; a ledger has one event a line and no blank line",
                "errors.ledger:10:1: invalid code '99999999999': out of range 1..2147483647");
    }

    @Test
    void readsLinesOutOfCodeOrderAsNotCanonical() {
        Ledger ledger = parse("2 assigned ErrB class=database scope=not-set level=high\n"
                + "1 assigned ErrA class=database scope=not-set level=high\n");

        assertThat(reported()).isEmpty();
        assertThat(ledger.events()).extracting(RecordedEvent::code).containsExactly(2, 1);
        assertThat(ledger.canonical()).isFalse();
        assertThat(parse("1 assigned ErrA class=database scope=not-set level=high\n").canonical()).isTrue();
    }

    @Test
    void readsAnEventThatALineRepeatsOnceAndARealRecurrenceTwice() {
        Ledger ledger = parse("1 assigned ErrA class=database scope=not-set level=high\n"
                + "1 retired ErrA\n"
                + "1 assigned ErrA class=database scope=not-set level=high\n"
                + "1 restored ErrA class=database scope=not-set level=high\n"
                + "1 retired ErrA\n");

        assertThat(reported()).isEmpty();
        assertThat(ledger.events()).extracting(event -> event.location().line()).containsExactly(1, 2, 4, 5);
        assertThat(ledger.canonical()).isFalse();
    }

    @Test
    void reportsHistoriesThatCannotHaveHappened() {
        parse("1 renamed ErrA ErrB\n"
                + "2 assigned ErrB class=database scope=not-set level=high\n"
                + "2 assigned ErrC class=database scope=not-set level=high\n"
                + "2 renamed ErrX ErrC\n"
                + "2 retired ErrB\n"
                + "2 retired ErrB\n"
                + "2 changed ErrB class=database scope=not-set level=low\n"
                + "3 assigned ErrD class=database scope=not-set level=high\n"
                + "3 restored ErrD class=database scope=not-set level=high\n"
                + "3 reassigned ErrD class=database scope=not-set level=high\n"
                + "4 assigned ErrD class=database scope=not-set level=high\n");

        assertThat(reported()).containsExactly(
                "errors.ledger:1:1: 'renamed' before code 1 was assigned",
                "errors.ledger:3:1: code 2 is assigned to ErrC here and to ErrB at line 2, as a merge of two"
                        + " branches that gave it to different errors leaves it; keep one and give the other a new"
                        + " code",
                "errors.ledger:4:1: code 2 is named ErrB here, not ErrX",
                // Line 6 repeats line 5, as a union merge leaves an event both sides recorded: not a problem.
                "errors.ledger:7:1: code 2 is retired (line 5)",
                "errors.ledger:9:1: code 3 is not retired",
                "errors.ledger:10:1: code 3 already is ErrD",
                "errors.ledger:11:1: ErrD is the name of code 3 (line 8) and of code 4; a name belongs to one code");
    }

    @Test
    void judgesActiveNamesByTheLastEventOfEachCode() {
        // Code 2 was retired as ErrA before code 1 took the name by force: file order is code order.
        parse("1 assigned ErrX class=database scope=not-set level=high\n"
                + "1 reassigned ErrA class=database scope=not-set level=high\n"
                + "2 assigned ErrA class=database scope=not-set level=high\n"
                + "2 retired ErrA\n");

        assertThat(reported()).isEmpty();
    }

    @Test
    void rejectsByteOrderMarkAndBytesThatAreNotUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] line = "1 assigned ErrA class=database scope=not-set level=high\n2 retired Err"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + line.length + 2];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(line, 0, content, bom.length, line.length);
        content[content.length - 2] = (byte) 0xC3;
        content[content.length - 1] = '\n';

        LedgerParser.parse(FILE, content, diagnostics);

        assertThat(reported()).containsExactly(
                "errors.ledger:1:1: file starts with a UTF-8 byte order mark; a ledger has none",
                "errors.ledger:2:1: line is not valid UTF-8");
    }

    private Ledger parse(String text) {
        return LedgerParser.parse(FILE, text.getBytes(StandardCharsets.UTF_8), diagnostics);
    }

    private List<String> reported() {
        return diagnostics.all().stream().map(Diagnostic::toString).toList();
    }
}
