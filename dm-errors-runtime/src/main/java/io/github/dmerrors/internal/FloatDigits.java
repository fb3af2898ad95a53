package io.github.dmerrors.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a non-negative float, as Go's {@code strconv} computes them: those of the
 * exact binary value, rounded half to even. Shortest digits are the fewest that read back as the
 * same float64 (or float32), the closest such digits when several qualify. Java's own
 * {@code Double.toString} is not used: before Java 19 it sometimes prints more digits than needed.
 *
 * @param digits the significant digits, without trailing zeros; empty for zero
 * @param dp where the decimal point goes: the value is {@code 0.digits × 10^dp}
 */
record FloatDigits(String digits, int dp) {
    private static final FloatDigits ZERO = new FloatDigits("", 0);

    FloatDigits {
        if (!digits.isEmpty() && (digits.charAt(0) == '0' || digits.charAt(digits.length() - 1) == '0')) {
            throw new IllegalArgumentException("digits must not start or end with 0: " + digits);
        }
    }

    int nd() {
        return digits.length();
    }

    /** The fewest digits that read back as {@code abs} at the given size (32 or 64 bits). */
    static FloatDigits shortest(double abs, int bitSize) {
        if (abs == 0) {
            return ZERO;
        }
        BigDecimal exact = new BigDecimal(abs);
        // More digits never read back worse, so the first length that reads back is the shortest;
        // rounding the exact value to it gives the closest digits of that length.
        int maxDigits = bitSize == 32 ? 9 : 17;
        for (int p = 1; p < maxDigits; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            boolean readsBack = bitSize == 32
                    ? candidate.floatValue() == (float) abs
                    : candidate.doubleValue() == abs;
            if (readsBack) {
                return of(candidate);
            }
        }
        return of(exact.round(new MathContext(maxDigits, RoundingMode.HALF_EVEN)));
    }

    /** {@code abs} rounded to {@code count} significant digits, as {@code %e} and {@code %g} need. */
    static FloatDigits significant(double abs, int count) {
        return abs == 0 ? ZERO : of(new BigDecimal(abs).round(new MathContext(count, RoundingMode.HALF_EVEN)));
    }

    /** {@code abs} rounded to {@code count} digits after the point, as {@code %f} needs. */
    static FloatDigits fractional(double abs, int count) {
        return abs == 0 ? ZERO : of(new BigDecimal(abs).setScale(count, RoundingMode.HALF_EVEN));
    }

    private static FloatDigits of(BigDecimal rounded) {
        if (rounded.signum() == 0) {
            return ZERO;
        }
        String unscaled = rounded.unscaledValue().abs().toString();
        int nd = unscaled.length();
        while (nd > 0 && unscaled.charAt(nd - 1) == '0') {
            nd--;
        }
        return new FloatDigits(unscaled.substring(0, nd), unscaled.length() - rounded.scale());
    }
}
