package io.github.dmerrors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values were printed by Go's strconv for the same bytes and runes. */
class GoQuoterTest {

    @ParameterizedTest
    @MethodSource("strings")
    void quotesStringsLikeGo(byte[] bytes, String quote, String quoteToAscii, boolean canBackquote) {
        StringBuilder out = new StringBuilder();
        GoQuoter.quote(out, bytes, bytes.length, false);
        assertThat(out).hasToString(quote);
    }

    @ParameterizedTest
    @MethodSource("strings")
    void quotesStringsToAsciiLikeGo(byte[] bytes, String quote, String quoteToAscii, boolean canBackquote) {
        StringBuilder out = new StringBuilder();
        GoQuoter.quote(out, bytes, bytes.length, true);
        assertThat(out).hasToString(quoteToAscii);
    }

    @ParameterizedTest
    @MethodSource("strings")
    void tellsWhetherAStringCanBeBackquotedLikeGo(byte[] bytes, String quote, String quoteToAscii, boolean canBackquote) {
        assertThat(GoQuoter.canBackquote(bytes, bytes.length)).isEqualTo(canBackquote);
    }

    @ParameterizedTest
    @MethodSource("runes")
    void quotesRunesLikeGo(int rune, String quoteRune, String quoteRuneToAscii) {
        StringBuilder out = new StringBuilder();
        GoQuoter.quoteRune(out, rune, false);
        out.append('|');
        GoQuoter.quoteRune(out, rune, true);
        assertThat(out).hasToString(quoteRune + "|" + quoteRuneToAscii);
    }

    @Test
    void quotesOnlyUpToTheGivenEnd() {
        StringBuilder out = new StringBuilder();
        GoQuoter.quote(out, new byte[] {'a', 'b', 'c'}, 2, false);
        assertThat(out).hasToString("\"ab\"");
    }

    @Test
    void printsLettersMarksNumbersPunctuationSymbolsAndTheAsciiSpace() {
        assertThat(GoQuoter.isPrint(' ')).isTrue();
        assertThat(GoQuoter.isPrint('~')).isTrue();
        assertThat(GoQuoter.isPrint(0x65E5)).isTrue();
        assertThat(GoQuoter.isPrint(0x0300)).isTrue();
        assertThat(GoQuoter.isPrint(0x1F600)).isTrue();
        assertThat(GoQuoter.isPrint(0xA0)).isFalse();
        assertThat(GoQuoter.isPrint(0xAD)).isFalse();
        assertThat(GoQuoter.isPrint(0x2028)).isFalse();
        assertThat(GoQuoter.isPrint(0x7F)).isFalse();
        assertThat(GoQuoter.isPrint(0x110000)).isFalse();
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                row(new byte[] {}, "\"\"", "\"\"", true),
                row(new byte[] {(byte) 0x61, (byte) 0x62, (byte) 0x63}, "\"abc\"", "\"abc\"", true),
                row(new byte[] {(byte) 0x61, (byte) 0x22, (byte) 0x62, (byte) 0x5C, (byte) 0x63, (byte) 0x27}, "\"a\\\"b\\\\c'\"", "\"a\\\"b\\\\c'\"", true),
                row(new byte[] {(byte) 0x07, (byte) 0x08, (byte) 0x0C, (byte) 0x0A, (byte) 0x0D, (byte) 0x09, (byte) 0x0B}, "\"\\a\\b\\f\\n\\r\\t\\v\"", "\"\\a\\b\\f\\n\\r\\t\\v\"", false),
                row(new byte[] {(byte) 0x00, (byte) 0x01, (byte) 0x1F, (byte) 0x7F}, "\"\\x00\\x01\\x1f\\x7f\"", "\"\\x00\\x01\\x1f\\x7f\"", false),
                row(new byte[] {(byte) 0xC2, (byte) 0xA0, (byte) 0xC2, (byte) 0xAD, (byte) 0xC3, (byte) 0xA9}, "\"\\u00a0\\u00ad\u00e9\"", "\"\\u00a0\\u00ad\\u00e9\"", true),
                row(new byte[] {(byte) 0xE6, (byte) 0x97, (byte) 0xA5, (byte) 0xE6, (byte) 0x9C, (byte) 0xAC, (byte) 0xE8, (byte) 0xAA, (byte) 0x9E}, "\"\u65e5\u672c\u8a9e\"", "\"\\u65e5\\u672c\\u8a9e\"", true),
                row(new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xA8, (byte) 0xE2, (byte) 0x80, (byte) 0xA9, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, "\"\\u2028\\u2029\\ufeff\ufffd\"", "\"\\u2028\\u2029\\ufeff\\ufffd\"", false),
                row(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0xA7, (byte) 0xBF}, "\"\ud83d\ude00\ud83e\uddff\"", "\"\\U0001f600\\U0001f9ff\"", true),
                row(new byte[] {(byte) 0xF3, (byte) 0xA0, (byte) 0x80, (byte) 0x81, (byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, "\"\\U000e0001\\U0010ffff\"", "\"\\U000e0001\\U0010ffff\"", true),
                row(new byte[] {(byte) 0xFF}, "\"\\xff\"", "\"\\xff\"", false),
                row(new byte[] {(byte) 0x61, (byte) 0xC3}, "\"a\\xc3\"", "\"a\\xc3\"", false),
                row(new byte[] {(byte) 0xE6, (byte) 0x97}, "\"\\xe6\\x97\"", "\"\\xe6\\x97\"", false),
                row(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"\\xed\\xa0\\x80\"", "\"\\xed\\xa0\\x80\"", false),
                row(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "\"\\xf4\\x90\\x80\\x80\"", "\"\\xf4\\x90\\x80\\x80\"", false),
                row(new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"\\xc0\\xaf\"", "\"\\xc0\\xaf\"", false),
                row(new byte[] {(byte) 0x62, (byte) 0x61, (byte) 0x63, (byte) 0x6B, (byte) 0x60, (byte) 0x74, (byte) 0x69, (byte) 0x63, (byte) 0x6B}, "\"back`tick\"", "\"back`tick\"", false),
                row(new byte[] {(byte) 0x74, (byte) 0x61, (byte) 0x62, (byte) 0x09, (byte) 0x6F, (byte) 0x6E, (byte) 0x6C, (byte) 0x79}, "\"tab\\tonly\"", "\"tab\\tonly\"", true),
                row(new byte[] {(byte) 0xCC, (byte) 0x80, (byte) 0xCD, (byte) 0xB8, (byte) 0xD7, (byte) 0xBF}, "\"\u0300\\u0378\\u05ff\"", "\"\\u0300\\u0378\\u05ff\"", true),
                row(new byte[] {(byte) 0xF3, (byte) 0xB0, (byte) 0x80, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0x9B, (byte) 0x98}, "\"\\U000f0000\\U0001f6d8\"", "\"\\U000f0000\\U0001f6d8\"", true));
    }

    static Stream<Arguments> runes() {
        return Stream.of(
                row(0, "'\\x00'", "'\\x00'"),
                row(7, "'\\a'", "'\\a'"),
                row(97, "'a'", "'a'"),
                row(39, "'\\''", "'\\''"),
                row(34, "'\"'", "'\"'"),
                row(92, "'\\\\'", "'\\\\'"),
                row(127, "'\\x7f'", "'\\x7f'"),
                row(160, "'\\u00a0'", "'\\u00a0'"),
                row(173, "'\\u00ad'", "'\\u00ad'"),
                row(233, "'\u00e9'", "'\\u00e9'"),
                row(8232, "'\\u2028'", "'\\u2028'"),
                row(26085, "'\u65e5'", "'\\u65e5'"),
                row(55296, "'\ufffd'", "'\\ufffd'"),
                row(65279, "'\\ufeff'", "'\\ufeff'"),
                row(65533, "'\ufffd'", "'\\ufffd'"),
                row(128512, "'\ud83d\ude00'", "'\\U0001f600'"),
                row(917505, "'\\U000e0001'", "'\\U000e0001'"),
                row(1114111, "'\\U0010ffff'", "'\\U0010ffff'"),
                row(1114112, "'\ufffd'", "'\\ufffd'"),
                row(-1, "'\ufffd'", "'\\ufffd'"));
    }

    private static Arguments row(Object... values) {
        return Arguments.of(values);
    }
}
