package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorClassTest {
    private static final List<String> DM_CLASSES = List.of(
            "database", "functional", "config", "binlog-op", "checkpoint", "task-check", "source-check",
            "relay-event-lib", "relay-unit", "dump-unit", "load-unit", "sync-unit", "dm-master", "dm-worker",
            "dm-tracer", "schema-tracker", "scheduler", "dmctl", "not-set", "openapi", "validator", "ha");

    @Test
    void knowsDmsTwentyTwoClassesInOrder() {
        assertThat(ErrorClass.known()).extracting(ErrorClass::name).containsExactlyElementsOf(DM_CLASSES);
        assertThatThrownBy(() -> ErrorClass.known().add(ErrorClass.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void returnsTheConstantForAKnownName() {
        for (ErrorClass known : ErrorClass.known()) {
            assertThat(ErrorClass.of(known.name())).isSameAs(known);
            assertThat(known.isKnown()).isTrue();
            assertThat(known.description()).isNotBlank();
            assertThat(known).hasToString(known.name());
        }
        assertThat(ErrorClass.of("sync-unit")).isSameAs(ErrorClass.SYNC_UNIT);
    }

    @Test
    void createsAClassForAnUnknownName() {
        ErrorClass custom = ErrorClass.of("my-unit");

        assertThat(custom.name()).isEqualTo("my-unit");
        assertThat(custom).hasToString("my-unit");
        assertThat(custom.isKnown()).isFalse();
        assertThat(custom.description()).isEmpty();
        assertThat(ErrorClass.known()).doesNotContain(custom);
    }

    @Test
    void comparesCustomClassesByName() {
        assertThat(ErrorClass.of("my-unit")).isEqualTo(ErrorClass.of("my-unit"))
                .hasSameHashCodeAs(ErrorClass.of("my-unit"))
                .isNotEqualTo(ErrorClass.of("my-unit2"))
                .isNotEqualTo("my-unit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z9", "relay_unit.v2", "0day", "x-y_z.w"})
    void acceptsLettersDigitsDashUnderscoreAndDot(String name) {
        assertThat(ErrorClass.isValidName(name)).isTrue();
        assertThat(ErrorClass.of(name).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-unit", "_unit", ".unit", "sync unit", "a:b", "a]b", "a,b", "ünit", "a\nb"})
    void rejectsOtherNamesStatingTheRule(String name) {
        assertThat(ErrorClass.isValidName(name)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErrorClass.of(name))
                .withMessage("not a valid error class name: '" + name + "' (use letters, digits, '-', '_' or '.',"
                        + " starting with a letter or digit)");
    }

    @Test
    void rejectsANullName() {
        assertThat(ErrorClass.isValidName(null)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> ErrorClass.of(null));
    }
}
