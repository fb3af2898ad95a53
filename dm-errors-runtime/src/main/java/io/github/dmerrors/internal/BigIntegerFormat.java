package io.github.dmerrors.internal;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Go's {@code (*big.Int).Format}: a {@link BigInteger} under {@code %b %o %O %d %s %v %x %X}, with
 * sign, prefix, precision and padding flags; any other verb prints {@code %!c(big.Int=123)}.
 */
final class BigIntegerFormat {
    private BigIntegerFormat() {}

    static void format(FieldFormatter fmt, BigInteger x, int verb) {
        StringBuilder buf = fmt.buf;
        int base;
        switch (verb) {
            case 'b' -> base = 2;
            case 'o', 'O' -> base = 8;
            case 'd', 's', 'v' -> base = 10;
            case 'x', 'X' -> base = 16;
            default -> {
                buf.append("%!").appendCodePoint(verb).append("(big.Int=").append(x).append(')');
                return;
            }
        }
        String sign = "";
        if (x.signum() < 0) {
            sign = "-";
        } else if (fmt.plus || fmt.plusV) {
            sign = "+";
        } else if (fmt.space) {
            sign = " ";
        }
        String prefix = "";
        if (fmt.sharp || fmt.sharpV) {
            switch (verb) {
                case 'b' -> prefix = "0b";
                case 'o' -> prefix = "0";
                case 'x' -> prefix = "0x";
                case 'X' -> prefix = "0X";
                default -> prefix = "";
            }
        }
        if (verb == 'O') {
            prefix = "0o";
        }
        String digits = x.abs().toString(base);
        if (verb == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        int left = 0;
        int zeros = 0;
        int right = 0;
        if (fmt.precPresent) {
            if (digits.length() < fmt.prec) {
                zeros = fmt.prec - digits.length();
            } else if (digits.equals("0") && fmt.prec == 0) {
                return;
            }
        }
        int length = sign.length() + prefix.length() + zeros + digits.length();
        if (fmt.widPresent && length < fmt.wid) {
            int d = fmt.wid - length;
            if (fmt.minus) {
                right = d;
            } else if (fmt.zero && !fmt.precPresent) {
                zeros = d;
            } else {
                left = d;
            }
        }
        repeat(buf, ' ', left);
        buf.append(sign).append(prefix);
        repeat(buf, '0', zeros);
        buf.append(digits);
        repeat(buf, ' ', right);
    }

    private static void repeat(StringBuilder buf, char c, int count) {
        for (int i = 0; i < count; i++) {
            buf.append(c);
        }
    }
}
