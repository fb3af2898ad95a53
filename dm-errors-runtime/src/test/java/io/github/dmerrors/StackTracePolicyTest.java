package io.github.dmerrors;

import static io.github.dmerrors.SampleErrors.BAD_CONN;
import static io.github.dmerrors.SampleErrors.BARE;
import static io.github.dmerrors.SampleErrors.INVALID_INPUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@WithStackTracePolicy(StackTracePolicy.FROM_MEDIUM)
@ResourceLock(WithStackTracePolicy.LOCK)
class StackTracePolicyTest {
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "sometimes", "from_medium"})
    void fallsBackToFromMediumForAMissingOrInvalidProperty(String value) {
        assertThat(StackTracePolicy.fromProperty(value)).isEqualTo(StackTracePolicy.FROM_MEDIUM);
    }

    @ParameterizedTest
    @CsvSource({"always, ALWAYS", "from-medium, FROM_MEDIUM", "only-high, ONLY_HIGH", "never, NEVER"})
    void readsTheProperty(String value, StackTracePolicy expected) {
        assertThat(StackTracePolicy.fromProperty(value)).isEqualTo(expected);
        assertThat(expected).hasToString(value);
    }

    @Test
    void ignoresSpacesAroundTheProperty() {
        assertThat(StackTracePolicy.fromProperty(" never\t")).isEqualTo(StackTracePolicy.NEVER);
    }

    @Test
    void capturesFromMediumByDefault() {
        StackTracePolicy.setCurrent(StackTracePolicy.fromProperty(null));

        assertThat(INVALID_INPUT.generate("x").getStackTrace()).isEmpty();
        assertThat(BAD_CONN.generate().getStackTrace()).isNotEmpty();
        assertThat(BARE.generate().getStackTrace()).isNotEmpty();
    }

    @Test
    void capturesEveryLevelWhenAlways() {
        StackTracePolicy.setCurrent(StackTracePolicy.ALWAYS);

        assertThat(INVALID_INPUT.generate("x").getStackTrace()).isNotEmpty();
        assertThat(BAD_CONN.generate().getStackTrace()).isNotEmpty();
        assertThat(BARE.generate().getStackTrace()).isNotEmpty();
    }

    @Test
    void capturesNoLevelWhenNever() {
        StackTracePolicy.setCurrent(StackTracePolicy.NEVER);

        assertThat(INVALID_INPUT.generate("x").getStackTrace()).isEmpty();
        assertThat(BAD_CONN.generate().getStackTrace()).isEmpty();
        assertThat(BARE.delegate(new IOException("x")).getStackTrace()).isEmpty();
    }

    @Test
    void capturesHighOnlyWhenOnlyHigh() {
        StackTracePolicy.setCurrent(StackTracePolicy.ONLY_HIGH);

        assertThat(INVALID_INPUT.generate("x").getStackTrace()).isEmpty();
        assertThat(BAD_CONN.generate().getStackTrace()).isEmpty();
        assertThat(BARE.generate().getStackTrace()).isNotEmpty();
    }

    @Test
    void answersPerLevel() {
        assertThat(StackTracePolicy.FROM_MEDIUM.capturesFor(ErrorLevel.LOW)).isFalse();
        assertThat(StackTracePolicy.FROM_MEDIUM.capturesFor(ErrorLevel.MEDIUM)).isTrue();
        assertThat(StackTracePolicy.ONLY_HIGH.capturesFor(ErrorLevel.MEDIUM)).isFalse();
        assertThat(StackTracePolicy.ONLY_HIGH.capturesFor(ErrorLevel.HIGH)).isTrue();
        assertThat(StackTracePolicy.ALWAYS.capturesFor(ErrorLevel.LOW)).isTrue();
        assertThat(StackTracePolicy.NEVER.capturesFor(ErrorLevel.HIGH)).isFalse();
    }

    @Test
    void appliesToExceptionsCreatedAfterTheChange() {
        StackTracePolicy.setCurrent(StackTracePolicy.NEVER);
        DmException before = BARE.generate();
        StackTracePolicy.setCurrent(StackTracePolicy.ALWAYS);

        assertThat(before.getStackTrace()).isEmpty();
        assertThat(BARE.generate().getStackTrace()).isNotEmpty();
        assertThat(StackTracePolicy.current()).isEqualTo(StackTracePolicy.ALWAYS);
    }

    @Test
    void rejectsANullPolicy() {
        assertThatNullPointerException().isThrownBy(() -> StackTracePolicy.setCurrent(null));
    }

    // One frame of its own, to find in the printed trace.
    private static IOException causeFromHelper() {
        return new IOException("disk full");
    }

    @Test
    void printsTheTextAndTheCausesFramesOfAStacklessError() {
        StackTracePolicy.setCurrent(StackTracePolicy.FROM_MEDIUM);
        DmException e = INVALID_INPUT.delegate(causeFromHelper(), "x");
        StringWriter printed = new StringWriter();

        e.printStackTrace(new PrintWriter(printed));

        String[] lines = printed.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("io.github.dmerrors.DmException: [code=38032:class=dm-master:"
                + "scope=internal:level=low], Message: invalid input x, RawCause: disk full");
        assertThat(lines[1]).isEqualTo("Caused by: java.io.IOException: disk full");
        assertThat(lines[2]).contains("at ").contains(StackTracePolicyTest.class.getName() + ".causeFromHelper(");
    }
}
