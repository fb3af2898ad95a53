package io.github.dmerrors.internal;

/**
 * Go's {@code strconv} quoting: {@code Quote}, {@code QuoteToASCII}, {@code QuoteRune},
 * {@code CanBackquote} and {@code IsPrint}, on the UTF-8 bytes Go would see.
 *
 * <p>Printability comes from Java's Unicode tables (Unicode 13 on Java 17) where Go 1.21 has
 * Unicode 15: code points assigned in between are escaped here and printed by Go.
 */
final class GoQuoter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // Go's unicode.IsPrint: letters, marks, numbers, punctuation and symbols (plus ASCII space).
    private static final int PRINTABLE_TYPES = 1 << Character.UPPERCASE_LETTER
            | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER
            | 1 << Character.MODIFIER_LETTER
            | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK
            | 1 << Character.ENCLOSING_MARK
            | 1 << Character.COMBINING_SPACING_MARK
            | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER
            | 1 << Character.CONNECTOR_PUNCTUATION
            | 1 << Character.DASH_PUNCTUATION
            | 1 << Character.START_PUNCTUATION
            | 1 << Character.END_PUNCTUATION
            | 1 << Character.INITIAL_QUOTE_PUNCTUATION
            | 1 << Character.FINAL_QUOTE_PUNCTUATION
            | 1 << Character.OTHER_PUNCTUATION
            | 1 << Character.MATH_SYMBOL
            | 1 << Character.CURRENCY_SYMBOL
            | 1 << Character.MODIFIER_SYMBOL
            | 1 << Character.OTHER_SYMBOL;

    private GoQuoter() {}

    /**
     * Tells whether Go's {@code strconv.IsPrint} holds for a rune.
     *
     * @param rune the code point
     * @return true if Go prints it as is in a quoted string
     */
    static boolean isPrint(int rune) {
        if (rune <= 0xFF) {
            return (rune >= 0x20 && rune <= 0x7E) || (rune >= 0xA1 && rune <= 0xFF && rune != 0xAD);
        }
        return rune <= Character.MAX_CODE_POINT && (PRINTABLE_TYPES >> Character.getType(rune) & 1) != 0;
    }

    /**
     * Appends Go's {@code strconv.Quote(s)}, or {@code QuoteToASCII(s)}.
     *
     * @param out where to append
     * @param bytes the string's bytes
     * @param end where they end
     * @param asciiOnly whether to escape every non-ASCII rune
     */
    static void quote(StringBuilder out, byte[] bytes, int end, boolean asciiOnly) {
        out.append('"');
        for (int i = 0; i < end; ) {
            long decoded = Utf8.decode(bytes, i, end);
            int width = Utf8.width(decoded);
            int rune = Utf8.rune(decoded);
            if (width == 1 && rune == Utf8.RUNE_ERROR) {
                int b = bytes[i] & 0xFF;
                out.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xF]);
            } else {
                appendEscaped(out, rune, '"', asciiOnly);
            }
            i += width;
        }
        out.append('"');
    }

    /**
     * Appends Go's {@code strconv.QuoteRune(r)}, or {@code QuoteRuneToASCII(r)}.
     *
     * @param out where to append
     * @param rune the rune; an invalid one quotes as {@code U+FFFD}
     * @param asciiOnly whether to escape a non-ASCII rune
     */
    static void quoteRune(StringBuilder out, int rune, boolean asciiOnly) {
        out.append('\'');
        appendEscaped(out, isValid(rune) ? rune : Utf8.RUNE_ERROR, '\'', asciiOnly);
        out.append('\'');
    }

    /**
     * Tells whether Go's {@code strconv.CanBackquote} holds: the string can be a raw string
     * literal without change.
     *
     * @param bytes the string's bytes
     * @param end where they end
     * @return true if {@code %#q} may backquote it
     */
    static boolean canBackquote(byte[] bytes, int end) {
        for (int i = 0; i < end; ) {
            long decoded = Utf8.decode(bytes, i, end);
            int width = Utf8.width(decoded);
            int rune = Utf8.rune(decoded);
            i += width;
            if (width > 1) {
                if (rune == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (rune == Utf8.RUNE_ERROR || (rune < ' ' && rune != '\t') || rune == '`' || rune == 0x7F) {
                return false;
            }
        }
        return true;
    }

    static boolean isValid(int rune) {
        return rune >= 0 && rune <= Character.MAX_CODE_POINT && (rune < 0xD800 || rune > 0xDFFF);
    }

    private static void appendEscaped(StringBuilder out, int rune, char quote, boolean asciiOnly) {
        if (rune == quote || rune == '\\') {
            out.append('\\').append((char) rune);
            return;
        }
        if (asciiOnly ? rune < 0x80 && isPrint(rune) : isPrint(rune)) {
            out.appendCodePoint(rune);
            return;
        }
        switch (rune) {
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0B -> out.append("\\v");
            default -> appendNumericEscape(out, rune);
        }
    }

    private static void appendNumericEscape(StringBuilder out, int rune) {
        if (rune < ' ' || rune == 0x7F) {
            out.append("\\x").append(HEX[rune >> 4]).append(HEX[rune & 0xF]);
            return;
        }
        int r = isValid(rune) ? rune : Utf8.RUNE_ERROR;
        int shift;
        if (r < 0x10000) {
            out.append("\\u");
            shift = 12;
        } else {
            out.append("\\U");
            shift = 28;
        }
        for (; shift >= 0; shift -= 4) {
            out.append(HEX[r >> shift & 0xF]);
        }
    }
}
