package io.github.dmerrors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FloatFormatterTest {

    // Each row was printed by Go's strconv.FormatFloat for the same bits, format, precision and size.
    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvFileSource(resources = "strconv-format-float.tsv", delimiter = '\t', numLinesToSkip = 1)
    void formatsLikeGoStrconv(String bits, char format, int prec, int bitSize, String expected) {
        StringBuilder out = new StringBuilder();
        FloatFormatter.format(out, Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16)), format, prec, bitSize);
        assertThat(out).hasToString(expected);
    }

    @Test
    void printsFewerDigitsThanJava17DoubleToStringWhereThatIsNotShortest() {
        StringBuilder out = new StringBuilder();
        FloatFormatter.format(out, 2.82879384806159e17, 'g', -1, 64);
        assertThat(out).hasToString("2.82879384806159e+17");
    }

    @Test
    void appendsToWhatIsAlreadyThere() {
        StringBuilder out = new StringBuilder("x=");
        FloatFormatter.format(out, -0.5, 'f', 1, 64);
        assertThat(out).hasToString("x=-0.5");
    }
}
