package io.github.dmerrors.maven.catalogue;

import static io.github.dmerrors.maven.catalogue.ParserFixture.BRACKET;
import static io.github.dmerrors.maven.catalogue.ParserFixture.TEXT_LINE_START;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each syntax rule, with the full diagnostic it gives; a line with a broken bracket gives no entry,
 * a line with a broken text gives its entry without the text.
 */
class CatalogueParserRejectionTest {
    private final ParserFixture fixture = new ParserFixture();

    @Test
    void rejectsQuoteInsideText() {
        assertTextRejected(TEXT_LINE_START + "Message: say \"hi\" now\"",
                "errors.txt:1:71: unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt",
                "errors.txt:1:74: unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt");
    }

    @Test
    void rejectsUnterminatedText() {
        assertTextRejected(TEXT_LINE_START + "Message: abc",
                "errors.txt:1:57: unterminated text: the line ends before the closing '\"'");
    }

    @Test
    void rejectsAnythingAfterClosingQuote() {
        assertTextRejected(TEXT_LINE_START + "Message: abc\" x, y ",
                "errors.txt:1:72: unexpected 'x, y' after the closing '\"'");
    }

    @Test
    void rejectsSecondWorkaroundAtTheSecond() {
        assertTextRejected(TEXT_LINE_START + "Message: a, Workaround: b, Workaround: c\"",
                "errors.txt:1:83: second ', Workaround: ' in the text; a text has at most one workaround");
    }

    @Test
    void rejectsSecondWorkaroundInWorkaroundOnlyText() {
        assertTextRejected(TEXT_LINE_START + "Workaround: b, Workaround: c\"",
                "errors.txt:1:71: second ', Workaround: ' in the text; a text has at most one workaround");
    }

    @Test
    void rejectsTextStartingWithNeitherMessageNorWorkaround() {
        assertTextRejected(TEXT_LINE_START + "Mesage: database driver\"",
                "errors.txt:1:58: expected 'Message: ' or 'Workaround: ' at the start of the text,"
                        + " found 'Mesage: data'");
    }

    @Test
    void rejectsEmptyText() {
        assertTextRejected(TEXT_LINE_START + "\"",
                "errors.txt:1:58: expected 'Message: ' or 'Workaround: ' at the start of the text,"
                        + " found an empty text");
    }

    @Test
    void rejectsMissingSpaceBeforeText() {
        assertTextRejected(BRACKET + ",\"Message: a\"", "errors.txt:1:55: expected ', \"', found ',\"M'");
    }

    @Test
    void rejectsMissingOpeningBracket() {
        assertRejected("ErrA,code=1:class=database:scope=internal:level=high]",
                "errors.txt:1:6: expected '[', found 'c'");
    }

    @Test
    void rejectsMissingClosingBracket() {
        assertRejected("ErrA,[code=1:class=database:scope=internal:level=high, \"Message: a\"",
                "errors.txt:1:54: expected ']', found ','");
    }

    @Test
    void rejectsMisspeltKey() {
        assertRejected("ErrA,[cod=1:class=database:scope=internal:level=high]",
                "errors.txt:1:7: expected 'code=', found 'cod=1'");
    }

    @Test
    void rejectsKeysOutOfOrder() {
        assertRejected("ErrA,[code=1:scope=internal:class=database:level=high]",
                "errors.txt:1:13: expected ':class=', found ':scope='");
    }

    @Test
    void rejectsMissingField() {
        assertRejected("ErrA,[code=1:class=database:scope=internal]",
                "errors.txt:1:43: expected ':level=', found ']'");
    }

    @Test
    void rejectsMissingSeparatorBetweenFields() {
        assertRejected("ErrA,[code=1class=database:scope=internal:level=high]",
                "errors.txt:1:18: expected ':class=', found '=databa'");
    }

    @Test
    void rejectsEmptyValue() {
        assertRejected("ErrA,[code=1:class=:scope=internal:level=high]",
                "errors.txt:1:20: expected a class after 'class=', found ':'");
    }

    @Test
    void rejectsBracketCutShort() {
        assertRejected("ErrA,[code=1:class=database:sco",
                "errors.txt:1:28: expected ':scope=', found ':sco'");
    }

    @Test
    void rejectsLineEndingAfterKey() {
        assertRejected("ErrA,[code=", "errors.txt:1:12: expected a code after 'code=', found end of line");
    }

    @Test
    void rejectsMissingCommaAfterName() {
        assertRejected("ErrA[code=1:class=database:scope=internal:level=high]",
                "errors.txt:1:5: expected ',', found '['");
    }

    @Test
    void rejectsLineWithNameOnly() {
        assertRejected("ErrA", "errors.txt:1:5: expected ',', found end of line");
    }

    @Test
    void reportsEveryProblemOfEveryLineInLineOrder() {
        String file = String.join("\n",
                TEXT_LINE_START + "Message: fine\"",
                "ErrB,[code=2:class=database:level=high]",
                "",
                TEXT_LINE_START.replace("ErrA", "ErrC") + "Message: \"x\" y\"",
                BRACKET.replace("ErrA", "ErrD"),
                TEXT_LINE_START.replace("ErrA", "ErrE") + "Oops\" z",
                "ErrF") + "\n";

        List<CatalogueEntry> entries = fixture.parse(file);

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:2:28: expected ':scope=', found ':level='",
                "errors.txt:4:67: unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt",
                "errors.txt:4:69: unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt",
                "errors.txt:6:58: expected 'Message: ' or 'Workaround: ' at the start of the text, found 'Oops'",
                "errors.txt:6:64: unexpected 'z' after the closing '\"'",
                "errors.txt:7:5: expected ',', found end of line");
        // Lines 1 and 5 are fine; lines 4 and 6 keep their bracket, for the validator to check.
        assertThat(entries).extracting(entry -> entry.name().value()).containsExactly("ErrA", "ErrC", "ErrD", "ErrE");
        assertThat(entries).extracting(CatalogueEntry::hasText).containsExactly(true, false, false, false);
    }

    /** Parses a file of the one {@code line}, which must give no entry and exactly {@code reported}. */
    private void assertRejected(String line, String... reported) {
        assertThat(fixture.parse(line + "\n")).as("entries of a rejected line").isEmpty();
        assertThat(fixture.reported()).containsExactly(reported);
    }

    /**
     * Parses a file of the one {@code line}, whose text is broken: it must report exactly
     * {@code reported} and give its entry without the text, for the validator to check the rest.
     */
    private void assertTextRejected(String line, String... reported) {
        List<CatalogueEntry> entries = fixture.parse(line + "\n");
        assertThat(fixture.reported()).containsExactly(reported);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.name().value()).isEqualTo("ErrA");
            assertThat(entry.hasText()).isFalse();
            assertThat(entry.message().value()).isEmpty();
            assertThat(entry.workaround().value()).isEmpty();
        });
    }
}
