package io.github.dmerrors.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestTimeTest {
    @Test
    void keepsBoundsAsWrittenByDefault() {
        assertThat(TestTime.scale(null)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"2, 2", "1.5, 1.5", "' 3 ', 3", "0.5, 0.5"})
    void readsAPositiveScale(String value, double expected) {
        assertThat(TestTime.scale(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fast", "0", "-2", "NaN", "Infinity"})
    void rejectsAnythingButAPositiveNumber(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> TestTime.scale(value))
                .withMessageStartingWith("test.timeScale must be a positive number: ");
    }

    @Test
    void scalesByTheSystemProperty() {
        double scale = TestTime.scale(System.getProperty(TestTime.PROPERTY));

        assertThat(TestTime.scaled(Duration.ofSeconds(10)))
                .isEqualTo(Duration.ofNanos(Math.round(Duration.ofSeconds(10).toNanos() * scale)));
    }
}
