package io.github.dmerrors.maven.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void quotesAValueOfUpTo64CharsInFull() {
        String value = "d".repeat(64);

        assertThat(Excerpt.of(value)).isSameAs(value);
        assertThat(Excerpt.of("")).isEmpty();
    }

    @Test
    void quotesTheFirst48CharsOfALongerValueAndItsLength() {
        assertThat(Excerpt.of("0123456789".repeat(100_000)))
                .isEqualTo("0123456789".repeat(4) + "01234567… (1000000 chars)");
        assertThat(Excerpt.of("x".repeat(65))).isEqualTo("x".repeat(48) + "… (65 chars)");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String value = "a".repeat(47) + "\ud83d\ude00".repeat(20);

        assertThat(Excerpt.of(value)).isEqualTo("a".repeat(47) + "… (87 chars)");
    }
}
