package io.github.dmerrors.internal;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as Go decodes it: Go strings are bytes, and wherever Go counts or walks runes an invalid
 * byte is one rune, {@code U+FFFD}, of width one. Java's decoders replace whole malformed
 * sequences instead, which would make widths, precisions and {@code %q} differ from Go's.
 */
final class Utf8 {
    /** Go's {@code utf8.RuneError}. */
    static final int RUNE_ERROR = 0xFFFD;

    private Utf8() {}

    /**
     * Encodes text as UTF-8, a lone surrogate becoming {@code U+FFFD} (Go cannot hold one).
     *
     * @param text the text
     * @return its UTF-8 bytes
     */
    static byte[] encode(String text) {
        // The JDK encoder writes '?' for a lone surrogate; only then is the slow path needed.
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return encodeReplacingLoneSurrogates(text);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodeReplacingLoneSurrogates(String text) {
        StringBuilder valid = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            valid.appendCodePoint(Character.isSurrogate((char) cp) ? RUNE_ERROR : cp);
            i += Character.charCount(cp);
        }
        return valid.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Decodes the rune at {@code bytes[i]} as Go's {@code utf8.DecodeRune}.
     *
     * @param bytes the bytes
     * @param i where the rune starts, less than {@code end}
     * @param end where the bytes end
     * @return the rune in the low 32 bits and its width in bytes in the high 32 bits
     */
    static long decode(byte[] bytes, int i, int end) {
        int b0 = bytes[i] & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int width;
        int min;
        int cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            width = 2;
            min = 0x80;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            width = 3;
            min = 0x800;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            width = 4;
            min = 0x10000;
            cp = b0 & 0x07;
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (end - i < width) {
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k < width; k++) {
            int b = bytes[i + k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return pack(RUNE_ERROR, 1);
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return pack(RUNE_ERROR, 1);
        }
        return pack(cp, width);
    }

    static int rune(long decoded) {
        return (int) decoded;
    }

    static int width(long decoded) {
        return (int) (decoded >>> 32);
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xFFFFFFFFL);
    }

    /**
     * Returns how many bytes the first {@code runes} runes take, as Go's {@code for i := range s}
     * walks them.
     *
     * @param bytes the bytes
     * @param end where they end
     * @param runes how many runes to keep
     * @return the byte length of the prefix
     */
    static int prefixLength(byte[] bytes, int end, int runes) {
        int i = 0;
        for (int n = 0; i < end && n < runes; n++) {
            i += width(decode(bytes, i, end));
        }
        return i;
    }

    /**
     * Decodes bytes as text, one {@code U+FFFD} per invalid byte, as Go's {@code string(b)} would
     * print.
     *
     * @param bytes the bytes
     * @param end where they end
     * @return the text
     */
    static String toText(byte[] bytes, int end) {
        StringBuilder text = new StringBuilder(end);
        for (int i = 0; i < end; ) {
            long decoded = decode(bytes, i, end);
            text.appendCodePoint(rune(decoded));
            i += width(decoded);
        }
        return text.toString();
    }
}
