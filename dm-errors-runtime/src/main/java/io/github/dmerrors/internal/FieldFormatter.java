package io.github.dmerrors.internal;

import java.util.Arrays;

/**
 * Formats one field as Go's internal {@code fmt} type does: the flags, width and precision of one
 * directive applied to a boolean, an integer, a float, a string or bytes. One instance serves one
 * {@code format} call, directive after directive, so it is mutable and never shared.
 *
 * <p>Widths and precisions count code points, as Go counts runes.
 */
final class FieldFormatter {
    static final char[] LOWER_DIGITS = "0123456789abcdefx".toCharArray();
    static final char[] UPPER_DIGITS = "0123456789ABCDEFX".toCharArray();

    final StringBuilder buf;

    int wid;
    int prec;
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    // %+v and %#v: set instead of plus and sharp, since they are different, flagless formats.
    boolean plusV;
    boolean sharpV;

    // Large enough for %b of an int64 with sign and prefix; a wide field needs a larger one.
    private char[] intBuf;

    FieldFormatter(StringBuilder buf) {
        this.buf = buf;
    }

    /** A scratch buffer for integer digits, made on first use: most calls format no integer. */
    char[] intBuf() {
        if (intBuf == null) {
            intBuf = new char[68];
        }
        return intBuf;
    }

    void clearFlags() {
        wid = 0;
        prec = 0;
        widPresent = false;
        precPresent = false;
        minus = false;
        plus = false;
        sharp = false;
        space = false;
        zero = false;
        plusV = false;
        sharpV = false;
    }

    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char padChar = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(padChar);
        }
    }

    /** Pads what was appended since {@code start}, on the left unless {@code minus}. */
    void padFrom(int start) {
        if (!widPresent || wid == 0) {
            return;
        }
        int width = wid - buf.codePointCount(start, buf.length());
        if (width <= 0) {
            return;
        }
        if (minus) {
            writePadding(width);
        } else {
            char[] padding = new char[width];
            Arrays.fill(padding, zero ? '0' : ' ');
            buf.insert(start, padding);
        }
    }

    void padString(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - s.codePointCount(0, s.length());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    void pad(char[] chars, int from, int to) {
        if (!widPresent || wid == 0) {
            buf.append(chars, from, to - from);
            return;
        }
        int width = wid - (to - from);
        if (!minus) {
            writePadding(width);
            buf.append(chars, from, to - from);
        } else {
            buf.append(chars, from, to - from);
            writePadding(width);
        }
    }

    void fmtBoolean(boolean value) {
        padString(value ? "true" : "false");
    }

    /** {@code %U}: "U+0078", or with {@code #} "U+0078 'x'". */
    void fmtUnicode(long u) {
        IntegerFormatter.formatUnicode(this, u);
    }

    /** Formats an integer: see {@link IntegerFormatter#format}. */
    void fmtInteger(long u, int base, boolean signed, int verb, char[] digits) {
        IntegerFormatter.format(this, u, base, signed, verb, digits);
    }

    private String truncate(String s) {
        if (precPresent && s.length() > prec && s.codePointCount(0, s.length()) > prec) {
            return s.substring(0, s.offsetByCodePoints(0, prec));
        }
        return s;
    }

    void fmtS(String s) {
        padString(truncate(s));
    }

    /** {@code %s} of bytes: the text they decode to, one U+FFFD per invalid byte. */
    void fmtBs(byte[] bytes) {
        int end = precPresent ? Utf8.prefixLength(bytes, bytes.length, prec) : bytes.length;
        padString(Utf8.toText(bytes, end));
    }

    /** {@code %x} and {@code %X} of a string's or a byte slice's bytes. */
    void fmtSbx(byte[] bytes, char[] digits) {
        int length = bytes.length;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits[16]);
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits[16]);
                }
            }
            int c = bytes[i] & 0xFF;
            buf.append(digits[c >> 4]).append(digits[c & 0xF]);
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    /** {@code %q}: a double-quoted Go string, or with {@code #} a backquoted one if possible. */
    void fmtQ(byte[] bytes) {
        int end = precPresent ? Utf8.prefixLength(bytes, bytes.length, prec) : bytes.length;
        if (sharp && GoQuoter.canBackquote(bytes, end)) {
            padString("`" + Utf8.toText(bytes, end) + "`");
            return;
        }
        int start = buf.length();
        GoQuoter.quote(buf, bytes, end, plus);
        padFrom(start);
    }

    void fmtC(long c) {
        IntegerFormatter.formatCharacter(this, c);
    }

    void fmtQc(long c) {
        IntegerFormatter.quoteCharacter(this, c);
    }

    /**
     * Formats a float as Go's {@code fmt.fmtFloat}.
     *
     * @param v the value
     * @param size 32 or 64
     * @param verb one of {@code b e E f g G x X}
     * @param defaultPrec the precision unless the directive gives one; -1 for shortest
     */
    void fmtFloat(double v, int size, char verb, int defaultPrec) {
        int precision = precPresent ? prec : defaultPrec;
        StringBuilder num = new StringBuilder(32).append('+');
        FloatFormatter.format(num, v, verb, precision, size);
        if (num.charAt(1) == '-' || num.charAt(1) == '+') {
            num.deleteCharAt(0);
        }
        // A space instead of a plus sign, unless the plus sign is asked for.
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        // Infinities and NaN do not look like numbers, so are not zero padded.
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num.deleteCharAt(0);
            }
            padString(num.toString());
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            keepPointAndZeros(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            // Zero padding goes between the sign and the digits.
            if (zero && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            padString(num.toString());
            return;
        }
        padString(num.substring(1));
    }

    // The # flag forces a decimal point and, for %g and %x, keeps trailing zeros.
    private static void keepPointAndZeros(StringBuilder num, char verb, int precision) {
        int digits = 0;
        if (verb == 'g' || verb == 'G' || verb == 'x') {
            digits = precision == -1 ? 6 : precision;
        }
        String tail = "";
        boolean hasDecimalPoint = false;
        boolean sawNonzeroDigit = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            boolean exponent = c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X');
            if (c == '.') {
                hasDecimalPoint = true;
            } else if (exponent) {
                tail = num.substring(i);
                num.setLength(i);
            } else {
                if (c != '0') {
                    sawNonzeroDigit = true;
                }
                if (sawNonzeroDigit) {
                    digits--;
                }
            }
        }
        if (!hasDecimalPoint) {
            // A lone leading 0 counts as one digit.
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--;
            }
            num.append('.');
        }
        for (; digits > 0; digits--) {
            num.append('0');
        }
        num.append(tail);
    }
}
