package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorScopeTest {
    @ParameterizedTest
    @CsvSource({"not-set, NOT_SET", "upstream, UPSTREAM", "downstream, DOWNSTREAM", "internal, INTERNAL"})
    void readsDmsSpelling(String text, ErrorScope scope) {
        assertThat(ErrorScope.of(text)).isEqualTo(scope);
        assertThat(scope).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"upstreem", "Upstream", "not_set", " internal", ""})
    void rejectsOtherSpellingsListingTheValidOnes(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErrorScope.of(text))
                .withMessage("unknown scope '" + text + "'; valid scopes are not-set, upstream, downstream, internal");
    }

    @Test
    void hasDmsFourScopes() {
        assertThat(ErrorScope.values()).hasSize(4);
    }
}
