package io.github.dmerrors.internal;

/**
 * Go's {@code strconv.FormatFloat(v, fmt, prec, bitSize)} for the formats {@code b e E f g G x X}.
 *
 * <p>FloatDigits digits are those of the exact binary value, rounded half to even as Go rounds them;
 * a negative precision asks for the fewest digits that read back as the same float64 (or float32),
 * the closest such digits when several qualify. Java's own {@code Double.toString} is not used:
 * before Java 19 it sometimes prints more digits than needed.
 */
final class FloatFormatter {
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private FloatFormatter() {}

    /**
     * Formats a float as Go's {@code strconv.AppendFloat} does.
     *
     * @param out where to append
     * @param value the value; a float32 widened to double when {@code bitSize} is 32
     * @param format one of {@code b e E f g G x X}
     * @param prec the precision, or -1 for the shortest representation
     * @param bitSize 32 or 64
     */
    static void format(StringBuilder out, double value, char format, int prec, int bitSize) {
        if (Double.isNaN(value)) {
            out.append("NaN");
            return;
        }
        if (Double.isInfinite(value)) {
            out.append(value > 0 ? "+Inf" : "-Inf");
            return;
        }
        boolean neg = (Double.doubleToRawLongBits(value) < 0);
        if (format == 'b') {
            formatBinary(out, value, neg, bitSize);
            return;
        }
        if (format == 'x' || format == 'X') {
            formatHex(out, value, neg, format, prec, bitSize);
            return;
        }
        double abs = Math.abs(value);
        boolean shortest = prec < 0;
        FloatDigits digits;
        if (shortest) {
            digits = FloatDigits.shortest(abs, bitSize);
            prec = switch (format) {
                case 'e', 'E' -> Math.max(digits.nd() - 1, 0);
                case 'f' -> Math.max(digits.nd() - digits.dp(), 0);
                default -> digits.nd();
            };
        } else {
            if ((format == 'g' || format == 'G') && prec == 0) {
                prec = 1;
            }
            digits = switch (format) {
                case 'e', 'E' -> FloatDigits.significant(abs, prec + 1);
                case 'f' -> FloatDigits.fractional(abs, prec);
                default -> FloatDigits.significant(abs, prec);
            };
        }
        formatDigits(out, shortest, neg, digits, prec, format);
    }

    private static void formatDigits(StringBuilder out, boolean shortest, boolean neg, FloatDigits d, int prec, char format) {
        switch (format) {
            case 'e', 'E' -> formatE(out, neg, d, prec, format);
            case 'f' -> formatF(out, neg, d, prec);
            default -> {
                int eprec = prec;
                if (eprec > d.nd() && d.nd() >= d.dp()) {
                    eprec = d.nd();
                }
                // Shortest digits choose the exponent form as if the precision were 6: 100000 but 1e+06.
                if (shortest) {
                    eprec = 6;
                }
                int exp = d.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > d.nd()) {
                        prec = d.nd();
                    }
                    formatE(out, neg, d, prec - 1, format == 'g' ? 'e' : 'E');
                    return;
                }
                if (prec > d.dp()) {
                    prec = d.nd();
                }
                formatF(out, neg, d, Math.max(prec - d.dp(), 0));
            }
        }
    }

    private static void formatE(StringBuilder out, boolean neg, FloatDigits d, int prec, char format) {
        if (neg) {
            out.append('-');
        }
        out.append(d.nd() == 0 ? '0' : d.digits().charAt(0));
        if (prec > 0) {
            out.append('.');
            int m = Math.min(d.nd(), prec + 1);
            if (m > 1) {
                out.append(d.digits(), 1, m);
            }
            for (int i = Math.max(m, 1); i <= prec; i++) {
                out.append('0');
            }
        }
        out.append(format);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
    }

    private static void formatF(StringBuilder out, boolean neg, FloatDigits d, int prec) {
        if (neg) {
            out.append('-');
        }
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            out.append(d.digits(), 0, m);
            for (; m < d.dp(); m++) {
                out.append('0');
            }
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.dp() + i;
                out.append(j >= 0 && j < d.nd() ? d.digits().charAt(j) : '0');
            }
        }
    }

    /**
     * A finite value's mantissa, with the implicit leading 1 of a normal number, and its unbiased
     * binary exponent, as Go's {@code FormatFloat} decodes them for {@code bitSize} bits.
     */
    private record Decoded(long mant, int exp, int mantBits) {
        static Decoded of(double value, int bitSize) {
            int mantBits = bitSize == 32 ? 23 : 52;
            int bias = bitSize == 32 ? -127 : -1023;
            long bits = bitSize == 32
                    ? Integer.toUnsignedLong(Float.floatToRawIntBits((float) value))
                    : Double.doubleToRawLongBits(value);
            int exp = (int) (bits >>> mantBits) & (bitSize == 32 ? 0xFF : 0x7FF);
            long mant = bits & ((1L << mantBits) - 1);
            if (exp == 0) {
                exp++;
            } else {
                mant |= 1L << mantBits;
            }
            return new Decoded(mant, exp + bias, mantBits);
        }
    }

    private static void formatBinary(StringBuilder out, double value, boolean neg, int bitSize) {
        Decoded decoded = Decoded.of(value, bitSize);
        int exp = decoded.exp() - decoded.mantBits();
        if (neg) {
            out.append('-');
        }
        out.append(decoded.mant()).append('p');
        if (exp >= 0) {
            out.append('+');
        }
        out.append(exp);
    }

    private static void formatHex(StringBuilder out, double value, boolean neg, char format, int prec, int bitSize) {
        Decoded decoded = Decoded.of(value, bitSize);
        long mant = decoded.mant();
        int exp = decoded.exp();
        int mantBits = decoded.mantBits();
        if (mant == 0) {
            exp = 0;
        }
        // Shift so that the leading 1 (if any) is at bit 60, as Go's fmtX does.
        mant <<= 60 - mantBits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        char[] hex = format == 'X' ? UPPER_HEX : LOWER_HEX;
        if (neg) {
            out.append('-');
        }
        out.append('0').append(format).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            out.append('.');
            while (mant != 0) {
                out.append(hex[(int) ((mant >>> 60) & 15)]);
                mant <<= 4;
            }
        } else if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                out.append(hex[(int) ((mant >>> 60) & 15)]);
                mant <<= 4;
            }
        }
        out.append(format == 'X' ? 'P' : 'p');
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
    }
}
