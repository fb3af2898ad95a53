package io.github.dmerrors.maven.catalogue;

import static io.github.dmerrors.maven.catalogue.ParserFixture.BRACKET;
import static io.github.dmerrors.maven.catalogue.ParserFixture.FILE;
import static io.github.dmerrors.maven.catalogue.ParserFixture.TEXT_LINE_START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueParserTest {
    private final ParserFixture fixture = new ParserFixture();

    @Test
    void readsEveryFieldWithItsColumn() {
        List<CatalogueEntry> entries = fixture.parse(TEXT_LINE_START + "Message: a %s, Workaround: b\"\n");

        assertThat(fixture.reported()).isEmpty();
        assertThat(entries).containsExactly(new CatalogueEntry(
                at(1, 1),
                new Field("ErrA", at(1, 1)),
                new Field("1", at(1, 12)),
                new Field("database", at(1, 20)),
                new Field("internal", at(1, 35)),
                new Field("high", at(1, 50)),
                true,
                new Field("a %s", at(1, 67)),
                new Field("b", at(1, 85))));
    }

    @Test
    void readsLineWithoutTextAsEmptyMessageAndWorkaround() {
        CatalogueEntry entry = single(BRACKET + "\n");

        assertThat(entry.hasText()).isFalse();
        assertThat(entry.message()).isEqualTo(new Field("", at(1, 55)));
        assertThat(entry.workaround()).isEqualTo(new Field("", at(1, 55)));
        assertThat(entry.level().value()).isEqualTo("high");
    }

    @Test
    void readsMessageWithoutWorkaround() {
        CatalogueEntry entry = single(TEXT_LINE_START + "Message: query failed: %s\"\n");

        assertThat(entry.hasText()).isTrue();
        assertThat(entry.message().value()).isEqualTo("query failed: %s");
        assertThat(entry.workaround().value()).isEmpty();
    }

    @Test
    void readsWorkaroundWithoutMessage() {
        CatalogueEntry entry = single(TEXT_LINE_START + "Workaround: Please check the args.\"\n");

        assertThat(entry.hasText()).isTrue();
        assertThat(entry.message().value()).isEmpty();
        assertThat(entry.workaround()).isEqualTo(new Field("Please check the args.", at(1, 70)));
    }

    @Test
    void acceptsEmptyMessageAndEmptyWorkaround() {
        CatalogueEntry entry = single(TEXT_LINE_START + "Message: , Workaround: \"\n");

        assertThat(entry.message().value()).isEmpty();
        assertThat(entry.workaround().value()).isEmpty();
        assertThat(entry.hasText()).isTrue();
    }

    @Test
    void keepsTrailingSpaceOfMessage() {
        CatalogueEntry entry = single(
                TEXT_LINE_START + "Message: DM do not support backend %s , Workaround: delete it. \"\n");

        assertThat(entry.message().value()).isEqualTo("DM do not support backend %s ");
        assertThat(entry.workaround().value()).isEqualTo("delete it. ");
    }

    @Test
    void turnsBackslashNIntoNewline() {
        CatalogueEntry entry = single(TEXT_LINE_START + "Message: %s: %v\\n detail: %v, Workaround: a\\nb\"\n");

        assertThat(entry.message().value()).isEqualTo("%s: %v\n detail: %v");
        assertThat(entry.workaround().value()).isEqualTo("a\nb");
    }

    @Test
    void keepsEveryOtherBackslashLiteral() {
        CatalogueEntry entry = single(TEXT_LINE_START + "Message: C:\\temp\\t \\\\n end\\\"\n");

        assertThat(entry.message().value()).isEqualTo("C:\\temp\\t \\\n end\\");
    }

    @Test
    void keepsCommaThatIsNotTheWorkaroundSeparator() {
        CatalogueEntry entry = single(TEXT_LINE_START + "Message: a, b,Workaround: c Workaround: d\"\n");

        assertThat(entry.message().value()).isEqualTo("a, b,Workaround: c Workaround: d");
        assertThat(entry.workaround().value()).isEmpty();
    }

    @Test
    void readsNonAsciiTextAndCountsColumnsInUtf16Chars() {
        List<CatalogueEntry> entries = fixture.parse(
                "Err\u00e9\ud83d\ude00,[code=1:class=database:scope=internal:level=high], \"Message: \u00e9\"\n");

        assertThat(fixture.reported()).isEmpty();
        assertThat(entries.get(0).name().value()).isEqualTo("Err\u00e9\ud83d\ude00");
        assertThat(entries.get(0).code().location()).isEqualTo(at(1, 14));
        assertThat(entries.get(0).message()).isEqualTo(new Field("\u00e9", at(1, 69)));
    }

    @Test
    void keepsEntriesInFileOrderAndCountsBlankLines() {
        String second = BRACKET.replace("ErrA", "ErrB").replace("code=1", "code=2");

        List<CatalogueEntry> entries = fixture.parse("\n" + BRACKET + "\n\n  \t \n" + second + "\n\n");

        assertThat(fixture.reported()).isEmpty();
        assertThat(entries).extracting(entry -> entry.name().value()).containsExactly("ErrA", "ErrB");
        assertThat(entries).extracting(entry -> entry.location().line()).containsExactly(2, 5);
    }

    @Test
    void countsTheEntriesOfAValidCatalogueAsParsingReturnsThem() {
        String second = BRACKET.replace("ErrA", "ErrB").replace("code=1", "code=2");
        // Every kind of blank line the parser skips: empty, spaces and tabs, CRLF, form feed,
        // vertical tab, an em space, and a last line without its LF.
        List<String> catalogues = List.of(
                "",
                BRACKET + "\n\n  \t \n" + second,
                BRACKET + "\r\n" + second + "\r\n\r\n",
                BRACKET + "\n\f\n" + second + "\n",
                BRACKET + "\n\u000b\n\u2003\n" + second + "\n \f ");

        for (String catalogue : catalogues) {
            ParserFixture parser = new ParserFixture();
            int parsed = parser.parse(catalogue).size();

            assertThat(CatalogueParser.entryCount(catalogue.getBytes(StandardCharsets.UTF_8)))
                    .as(catalogue)
                    .isEqualTo(parsed)
                    .isEqualTo(catalogue.isEmpty() ? 0 : 2);
        }
    }

    @Test
    void acceptsMissingFinalNewline() {
        List<CatalogueEntry> entries = fixture.parse(BRACKET + "\n" + TEXT_LINE_START + "Message: last\"");

        assertThat(fixture.reported()).isEmpty();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).message().value()).isEqualTo("last");
    }

    @Test
    void readsCrlfFileExactlyLikeLfFile() {
        String lf = BRACKET + "\n\n" + TEXT_LINE_START + "Message: a\\nb , Workaround: c \"\n";
        ParserFixture crlf = new ParserFixture();

        List<CatalogueEntry> fromLf = fixture.parse(lf);
        List<CatalogueEntry> fromCrlf = crlf.parse(lf.replace("\n", "\r\n"));

        assertThat(crlf.reported()).isEmpty();
        assertThat(fromCrlf).hasSize(2).isEqualTo(fromLf);
    }

    @Test
    void acceptsTrailingWhitespaceAfterClosingQuoteWithWarning() {
        CatalogueEntry entry = single(TEXT_LINE_START + "Message: abc\" \t\n");

        assertThat(entry.message().value()).isEqualTo("abc");
        assertThat(fixture.diagnostics.hasErrors()).isFalse();
        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:71: warning: trailing whitespace after the closing '\"' is ignored");
    }

    @Test
    void acceptsTrailingWhitespaceAfterBracketWithWarning() {
        CatalogueEntry entry = single(BRACKET + "  \n");

        assertThat(entry.hasText()).isFalse();
        assertThat(fixture.diagnostics.hasErrors()).isFalse();
        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:55: warning: trailing whitespace after ']' is ignored");
    }

    @Test
    void leavesSemanticChecksToTheValidator() {
        CatalogueEntry entry = single(",[code=+0x1:class=Nope:scope=up stream:level=?]\n");

        assertThat(fixture.reported()).isEmpty();
        assertThat(List.of(entry.name(), entry.code(), entry.errorClass(), entry.scope(), entry.level()))
                .extracting(Field::value)
                .containsExactly("", "+0x1", "Nope", "up stream", "?");
    }

    private CatalogueEntry single(String content) {
        List<CatalogueEntry> entries = fixture.parse(content);
        assertThat(fixture.diagnostics.hasErrors()).as("%s", fixture.reported()).isFalse();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static SourceLocation at(int line, int column) {
        return new SourceLocation(FILE, line, column);
    }
}
