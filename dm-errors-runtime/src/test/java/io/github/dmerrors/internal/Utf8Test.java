package io.github.dmerrors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8Test {

    // Expected: rune/width pairs as Go's utf8.DecodeRune walks the same bytes.
    @ParameterizedTest
    @MethodSource("decodings")
    void decodesRunesLikeGo(byte[] bytes, String expected) {
        List<String> runes = new ArrayList<>();
        for (int i = 0; i < bytes.length; ) {
            long decoded = Utf8.decode(bytes, i, bytes.length);
            runes.add("0x" + Integer.toHexString(Utf8.rune(decoded)).toUpperCase(Locale.ROOT) + "/" + Utf8.width(decoded));
            i += Utf8.width(decoded);
        }
        assertThat(String.join(" ", runes)).isEqualTo(expected);
    }

    @Test
    void decodesTextWithOneReplacementPerInvalidByte() {
        byte[] truncated = {'a', (byte) 0xE6, (byte) 0x97, 'b'};
        assertThat(Utf8.toText(truncated, truncated.length)).isEqualTo("a\uFFFD\uFFFDb");
    }

    @Test
    void measuresAPrefixInRunes() {
        byte[] bytes = "日本語".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Utf8.prefixLength(bytes, bytes.length, 2)).isEqualTo(6);
        assertThat(Utf8.prefixLength(bytes, bytes.length, 5)).isEqualTo(9);
        assertThat(Utf8.prefixLength(new byte[] {(byte) 0xFF, 'a'}, 2, 1)).isEqualTo(1);
    }

    @Test
    void encodesALoneSurrogateAsTheReplacementCharacter() {
        assertThat(Utf8.encode("a\uD800b")).containsExactly('a', 0xEF, 0xBF, 0xBD, 'b');
        assertThat(Utf8.encode("\uD83D\uDE00")).containsExactly(0xF0, 0x9F, 0x98, 0x80);
    }

    static Stream<Arguments> decodings() {
        return Stream.of(
                row(new byte[] {}, ""),
                row(new byte[] {(byte) 0x61, (byte) 0x62, (byte) 0x63}, "0x61/1 0x62/1 0x63/1"),
                row(new byte[] {(byte) 0x61, (byte) 0x22, (byte) 0x62, (byte) 0x5C, (byte) 0x63, (byte) 0x27}, "0x61/1 0x22/1 0x62/1 0x5C/1 0x63/1 0x27/1"),
                row(new byte[] {(byte) 0x07, (byte) 0x08, (byte) 0x0C, (byte) 0x0A, (byte) 0x0D, (byte) 0x09, (byte) 0x0B}, "0x7/1 0x8/1 0xC/1 0xA/1 0xD/1 0x9/1 0xB/1"),
                row(new byte[] {(byte) 0x00, (byte) 0x01, (byte) 0x1F, (byte) 0x7F}, "0x0/1 0x1/1 0x1F/1 0x7F/1"),
                row(new byte[] {(byte) 0xC2, (byte) 0xA0, (byte) 0xC2, (byte) 0xAD, (byte) 0xC3, (byte) 0xA9}, "0xA0/2 0xAD/2 0xE9/2"),
                row(new byte[] {(byte) 0xE6, (byte) 0x97, (byte) 0xA5, (byte) 0xE6, (byte) 0x9C, (byte) 0xAC, (byte) 0xE8, (byte) 0xAA, (byte) 0x9E}, "0x65E5/3 0x672C/3 0x8A9E/3"),
                row(new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xA8, (byte) 0xE2, (byte) 0x80, (byte) 0xA9, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, "0x2028/3 0x2029/3 0xFEFF/3 0xFFFD/3"),
                row(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0xA7, (byte) 0xBF}, "0x1F600/4 0x1F9FF/4"),
                row(new byte[] {(byte) 0xF3, (byte) 0xA0, (byte) 0x80, (byte) 0x81, (byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, "0xE0001/4 0x10FFFF/4"),
                row(new byte[] {(byte) 0xFF}, "0xFFFD/1"),
                row(new byte[] {(byte) 0x61, (byte) 0xC3}, "0x61/1 0xFFFD/1"),
                row(new byte[] {(byte) 0xE6, (byte) 0x97}, "0xFFFD/1 0xFFFD/1"),
                row(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "0xFFFD/1 0xFFFD/1 0xFFFD/1"),
                row(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "0xFFFD/1 0xFFFD/1 0xFFFD/1 0xFFFD/1"),
                row(new byte[] {(byte) 0xC0, (byte) 0xAF}, "0xFFFD/1 0xFFFD/1"),
                row(new byte[] {(byte) 0x62, (byte) 0x61, (byte) 0x63, (byte) 0x6B, (byte) 0x60, (byte) 0x74, (byte) 0x69, (byte) 0x63, (byte) 0x6B}, "0x62/1 0x61/1 0x63/1 0x6B/1 0x60/1 0x74/1 0x69/1 0x63/1 0x6B/1"),
                row(new byte[] {(byte) 0x74, (byte) 0x61, (byte) 0x62, (byte) 0x09, (byte) 0x6F, (byte) 0x6E, (byte) 0x6C, (byte) 0x79}, "0x74/1 0x61/1 0x62/1 0x9/1 0x6F/1 0x6E/1 0x6C/1 0x79/1"),
                row(new byte[] {(byte) 0xCC, (byte) 0x80, (byte) 0xCD, (byte) 0xB8, (byte) 0xD7, (byte) 0xBF}, "0x300/2 0x378/2 0x5FF/2"),
                row(new byte[] {(byte) 0xF3, (byte) 0xB0, (byte) 0x80, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0x9B, (byte) 0x98}, "0xF0000/4 0x1F6D8/4"));
    }

    private static Arguments row(byte[] bytes, String expected) {
        return Arguments.of(bytes, expected);
    }
}
