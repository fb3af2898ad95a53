package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorLevelTest {
    @ParameterizedTest
    @CsvSource({"low, LOW", "medium, MEDIUM", "high, HIGH"})
    void readsDmsSpelling(String text, ErrorLevel level) {
        assertThat(ErrorLevel.of(text)).isEqualTo(level);
        assertThat(level).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"critical", "High", "warn", ""})
    void rejectsOtherSpellingsListingTheValidOnes(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErrorLevel.of(text))
                .withMessage("unknown level '" + text + "'; valid levels are low, medium, high");
    }

    @Test
    void ordersBySeverity() {
        assertThat(ErrorLevel.values()).containsExactly(ErrorLevel.LOW, ErrorLevel.MEDIUM, ErrorLevel.HIGH);
        assertThat(ErrorLevel.LOW).isLessThan(ErrorLevel.MEDIUM);
        assertThat(ErrorLevel.MEDIUM).isLessThan(ErrorLevel.HIGH);
    }

    @ParameterizedTest
    @EnumSource(ErrorLevel.class)
    void explainsWhatTheLevelMeans(ErrorLevel level) {
        assertThat(level.meaning()).isNotBlank().endsWith(".");
    }
}
