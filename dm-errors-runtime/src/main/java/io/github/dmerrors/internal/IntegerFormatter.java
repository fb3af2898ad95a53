package io.github.dmerrors.internal;

import java.util.Locale;

/**
 * Go's {@code fmt.fmtInteger} and {@code fmt.fmtUnicode}: integers in base 2, 8, 10 or 16 with
 * sign, prefix, precision and zero padding; and integers as characters: {@code %c %q %U}.
 */
final class IntegerFormatter {
    private IntegerFormatter() {}

    /** {@code %U}: "U+0078", or with {@code #} "U+0078 'x'". */
    static void formatUnicode(FieldFormatter f, long u) {
        int start = f.buf.length();
        f.buf.append("U+");
        String hex = Long.toHexString(u).toUpperCase(Locale.ROOT);
        int minDigits = f.precPresent && f.prec > 4 ? f.prec : 4;
        for (int i = hex.length(); i < minDigits; i++) {
            f.buf.append('0');
        }
        f.buf.append(hex);
        if (f.sharp && u >= 0 && u <= Character.MAX_CODE_POINT && GoQuoter.isPrint((int) u)) {
            f.buf.append(" '").appendCodePoint((int) u).append('\'');
        }
        boolean oldZero = f.zero;
        f.zero = false;
        f.padFrom(start);
        f.zero = oldZero;
    }

    /**
     * Formats an integer; {@code u} holds the bits of a Go int64 ({@code signed}) or uint64.
     *
     * @param f the field's flags, width and precision
     * @param u the value
     * @param base 2, 8, 10 or 16
     * @param signed whether {@code u} is signed
     * @param verb the verb, which adds {@code 0o} for {@code 'O'}
     * @param digits {@link FieldFormatter#LOWER_DIGITS} or {@link FieldFormatter#UPPER_DIGITS}
     */
    static void format(FieldFormatter f, long u, int base, boolean signed, int verb, char[] digits) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u;
        }
        char[] chars = f.intBuf();
        if (f.widPresent || f.precPresent) {
            int width = 3 + f.wid + f.prec;
            if (width > chars.length) {
                chars = new char[width];
            }
        }
        // Two ways to ask for leading zeros, %.3d and %03d; with both, the zero flag is ignored.
        int precision = 0;
        if (f.precPresent) {
            precision = f.prec;
            if (precision == 0 && u == 0) {
                boolean oldZero = f.zero;
                f.zero = false;
                f.writePadding(f.wid);
                f.zero = oldZero;
                return;
            }
        } else if (f.zero && f.widPresent) {
            precision = f.wid;
            if (negative || f.plus || f.space) {
                precision--;
            }
        }
        int i = chars.length;
        switch (base) {
            case 10 -> {
                if (u < 0) {
                    // The top bit is set: one unsigned division brings it into signed range.
                    long next = Long.divideUnsigned(u, 10);
                    chars[--i] = (char) ('0' + (u - next * 10));
                    u = next;
                }
                while (u >= 10) {
                    long next = u / 10;
                    chars[--i] = (char) ('0' + (u - next * 10));
                    u = next;
                }
            }
            case 16 -> {
                while (Long.compareUnsigned(u, 16) >= 0) {
                    chars[--i] = digits[(int) (u & 0xF)];
                    u >>>= 4;
                }
            }
            case 8 -> {
                while (Long.compareUnsigned(u, 8) >= 0) {
                    chars[--i] = (char) ('0' + (u & 7));
                    u >>>= 3;
                }
            }
            default -> {
                while (Long.compareUnsigned(u, 2) >= 0) {
                    chars[--i] = (char) ('0' + (u & 1));
                    u >>>= 1;
                }
            }
        }
        chars[--i] = digits[(int) u];
        while (i > 0 && precision > chars.length - i) {
            chars[--i] = '0';
        }
        if (f.sharp) {
            switch (base) {
                case 2 -> {
                    chars[--i] = 'b';
                    chars[--i] = '0';
                }
                case 8 -> {
                    if (chars[i] != '0') {
                        chars[--i] = '0';
                    }
                }
                case 16 -> {
                    chars[--i] = digits[16];
                    chars[--i] = '0';
                }
                default -> {
                    // Decimal has no prefix.
                }
            }
        }
        if (verb == 'O') {
            chars[--i] = 'o';
            chars[--i] = '0';
        }
        if (negative) {
            chars[--i] = '-';
        } else if (f.plus) {
            chars[--i] = '+';
        } else if (f.space) {
            chars[--i] = ' ';
        }
        // Zero padding was done above as precision, or is ignored because a precision was given.
        boolean oldZero = f.zero;
        f.zero = false;
        f.pad(chars, i, chars.length);
        f.zero = oldZero;
    }

    /** {@code %c}: the character; an invalid code point prints U+FFFD. */
    static void formatCharacter(FieldFormatter f, long c) {
        int start = f.buf.length();
        f.buf.appendCodePoint(validRune(c));
        f.padFrom(start);
    }

    /** {@code %q} of an integer: a single-quoted Go character literal. */
    static void quoteCharacter(FieldFormatter f, long c) {
        int start = f.buf.length();
        GoQuoter.quoteRune(f.buf, validRune(c), f.plus);
        f.padFrom(start);
    }

    private static int validRune(long c) {
        return c >= 0 && c <= Character.MAX_CODE_POINT && GoQuoter.isValid((int) c) ? (int) c : Utf8.RUNE_ERROR;
    }
}
