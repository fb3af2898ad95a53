package io.github.dmerrors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FloatDigitsTest {

    @Test
    void shortestDigitsReadBackAsTheSameDouble() {
        assertThat(FloatDigits.shortest(0.1, 64)).isEqualTo(new FloatDigits("1", 0));
        assertThat(FloatDigits.shortest(0.30000000000000004, 64)).isEqualTo(new FloatDigits("30000000000000004", 0));
        assertThat(FloatDigits.shortest(5e-324, 64)).isEqualTo(new FloatDigits("5", -323));
    }

    @Test
    void shortestDigitsOfAFloatReadBackAsTheSameFloat() {
        assertThat(FloatDigits.shortest(0.1f, 32)).isEqualTo(new FloatDigits("1", 0));
        assertThat(FloatDigits.shortest(0.1f, 64)).isEqualTo(new FloatDigits("10000000149011612", 0));
    }

    @Test
    void roundsTheExactBinaryValueHalfToEven() {
        // 2.5 and 0.125 are exact halves; 0.15 is a little below its decimal.
        assertThat(FloatDigits.fractional(2.5, 0)).isEqualTo(new FloatDigits("2", 1));
        assertThat(FloatDigits.fractional(3.5, 0)).isEqualTo(new FloatDigits("4", 1));
        assertThat(FloatDigits.fractional(0.125, 2)).isEqualTo(new FloatDigits("12", 0));
        assertThat(FloatDigits.significant(0.15, 1)).isEqualTo(new FloatDigits("1", 0));
    }

    @Test
    void dropsTrailingZerosAndPlacesThePoint() {
        assertThat(FloatDigits.significant(1000, 3)).isEqualTo(new FloatDigits("1", 4));
        assertThat(FloatDigits.fractional(0.001, 5)).isEqualTo(new FloatDigits("1", -2));
        assertThat(FloatDigits.fractional(0.0004, 3)).isEqualTo(new FloatDigits("", 0));
    }

    @Test
    void zeroHasNoDigits() {
        assertThat(FloatDigits.shortest(0, 64).nd()).isZero();
        assertThat(FloatDigits.significant(0, 5).nd()).isZero();
    }

    @Test
    void rejectsDigitsWithLeadingOrTrailingZeros() {
        assertThatThrownBy(() -> new FloatDigits("10", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FloatDigits("01", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
