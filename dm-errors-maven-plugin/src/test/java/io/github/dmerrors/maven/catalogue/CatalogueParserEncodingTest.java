package io.github.dmerrors.maven.catalogue;

import static io.github.dmerrors.maven.catalogue.ParserFixture.BRACKET;
import static io.github.dmerrors.maven.catalogue.ParserFixture.TEXT_LINE_START;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What cannot be text: a byte order mark, invalid UTF-8, NUL, a stray CR, nothing at all. */
class CatalogueParserEncodingTest {
    private final ParserFixture fixture = new ParserFixture();

    @Test
    void rejectsByteOrderMark() {
        List<CatalogueEntry> entries = fixture.parse(bytes("", "\u00EF\u00BB\u00BF", BRACKET + "\n"));

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:1: file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
        // Columns of the first line are counted after the mark, as an editor shows them.
        assertThat(entries.get(0).code().location().column()).isEqualTo(12);
    }

    @Test
    void rejectsInvalidUtf8AtItsColumnWithTheByteInHex() {
        // é is two bytes and one char, the emoji four bytes and two chars: the bad byte is at char 69.
        List<CatalogueEntry> entries = fixture.parse(
                bytes(TEXT_LINE_START + "Message: \u00e9\ud83d\ude00", "\u00FF\u00FE", "\"\n"));

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:70: invalid UTF-8 byte 0xFF; save the file as UTF-8");
        assertThat(entries).isEmpty();
    }

    @Test
    void reportsFirstInvalidByteOfEachLine() {
        String latin1Line = TEXT_LINE_START + "Message: caf\u00e9 cr\u00e8me\"\n";
        byte[] file = latin1Line.repeat(2).getBytes(StandardCharsets.ISO_8859_1);

        List<CatalogueEntry> entries = fixture.parse(file);

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:70: invalid UTF-8 byte 0xE9; save the file as UTF-8",
                "errors.txt:2:70: invalid UTF-8 byte 0xE9; save the file as UTF-8");
        assertThat(entries).isEmpty();
    }

    @Test
    void rejectsSequenceCutShortByTheEndOfLine() {
        List<CatalogueEntry> entries = fixture.parse(bytes("Err", "\u00E2\u0082", "\n" + BRACKET + "\n"));

        // The missing ',' after the bad byte goes unreported: it may only be a consequence.
        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:4: invalid UTF-8 byte 0xE2; save the file as UTF-8");
        assertThat(entries).extracting(entry -> entry.location().line()).containsExactly(2);
    }

    @Test
    void rejectsOverlongEncoding() {
        // 0xC0 0xAF would be an overlong '/': never valid UTF-8.
        fixture.parse(bytes(TEXT_LINE_START + "Message: a", "\u00C0\u00AF", "\"\n"));

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:68: invalid UTF-8 byte 0xC0; save the file as UTF-8");
    }

    @Test
    void stillReportsSyntaxProblemsBeforeTheBadByte() {
        fixture.parse(bytes("ErrA,[cod=1:class=database:scope=internal:level=high], \"Message: ", "\u00FF", "\"\n"));

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:7: expected 'code=', found 'cod=1'",
                "errors.txt:1:66: invalid UTF-8 byte 0xFF; save the file as UTF-8");
    }

    @Test
    void rejectsNulByte() {
        List<CatalogueEntry> entries = fixture.parse(TEXT_LINE_START + "Message: a\0b\0c\"\n");

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:68: unexpected NUL byte (0x00); a catalogue is text");
        assertThat(entries).isEmpty();
    }

    @Test
    void rejectsLoneCarriageReturn() {
        List<CatalogueEntry> entries = fixture.parse(TEXT_LINE_START + "Message: a\rb\"\r\n");

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:68: carriage return inside the line; lines end with LF or CRLF");
        assertThat(entries).isEmpty();
    }

    @Test
    void rejectsOldMacLineEndings() {
        fixture.parse(BRACKET + "\r" + BRACKET + "\r");

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:55: carriage return inside the line; lines end with LF or CRLF");
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(fixture.parse(new byte[0])).isEmpty();

        assertThat(fixture.reported()).containsExactly("errors.txt:1:1: empty catalogue: no entries");
    }

    @Test
    void rejectsFileOfBlankLines() {
        assertThat(fixture.parse("\n \r\n\t\n\n")).isEmpty();

        assertThat(fixture.reported()).containsExactly("errors.txt:1:1: empty catalogue: no entries");
    }

    @Test
    void rejectsFileOfByteOrderMarkOnly() {
        fixture.parse(bytes("", "\u00EF\u00BB\u00BF"));

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:1: file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM",
                "errors.txt:1:1: empty catalogue: no entries");
    }

    /**
     * Concatenates parts: odd ones (first, third, …) as UTF-8 text, even ones as raw bytes given
     * as chars U+0000 to U+00FF.
     */
    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }
}
