package io.github.dmerrors;

import static io.github.dmerrors.SampleErrors.BAD_CONN;
import static io.github.dmerrors.SampleErrors.BARE;
import static io.github.dmerrors.SampleErrors.QUERY_FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class DmErrorTest {
    @Test
    void makesTheCauseTheRawCause() {
        IOException cause = new IOException("broken pipe");

        DmException e = BAD_CONN.delegate(cause);

        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void takesTheRootOfADmCauseThatHasOne() {
        IOException root = new IOException("broken pipe");
        DmException middle = QUERY_FAILED.delegate(root, "SELECT 1");

        DmException e = BAD_CONN.delegate(middle);

        assertThat(e.getCause()).isSameAs(root);
        assertThat(e.getMessage()).contains(", RawCause: broken pipe,");
    }

    @Test
    void takesOnlyOneLevelOfADmCause() {
        RuntimeException wrapper = new RuntimeException(BARE.delegate(new IOException("root")));
        DmException middle = QUERY_FAILED.delegate(wrapper, "SELECT 1");

        DmException e = BAD_CONN.delegate(middle);

        assertThat(e.getCause()).isSameAs(wrapper);
    }

    @Test
    void keepsADmCauseThatHasNoRawCause() {
        DmException cause = QUERY_FAILED.generate("SELECT 1");

        DmException e = BAD_CONN.delegate(cause);

        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.getMessage()).contains(", RawCause: query statement failed: SELECT 1,");
    }

    @Test
    void createsTheErrorWithoutCauseForANullCause() {
        DmException e = QUERY_FAILED.delegate(null, "SELECT 1");

        assertThat(e.getCause()).isNull();
        assertThat(e.getMessage()).isEqualTo(
                "[code=10005:class=database:scope=not-set:level=high], Message: query statement failed: SELECT 1");
    }

    @Test
    void createsANewExceptionEachTime() {
        assertThat(BAD_CONN.generate()).isNotSameAs(BAD_CONN.generate());
    }

    @Test
    void isAnExceptionOfTheSameCode() {
        DmError sameCode = DmError.of(
                10002, "ErrOtherName", ErrorClass.FUNCTIONAL, ErrorScope.INTERNAL, ErrorLevel.LOW, "other", "");

        assertThat(BAD_CONN.is(BAD_CONN.generate())).isTrue();
        assertThat(BAD_CONN.is(sameCode.generate())).isTrue();
        assertThat(BAD_CONN.is(BAD_CONN.generate().withScope(ErrorScope.DOWNSTREAM))).isTrue();
    }

    @Test
    void isNotAnExceptionOfAnotherCode() {
        assertThat(BAD_CONN.is(QUERY_FAILED.generate())).isFalse();
    }

    @Test
    void isNotAnotherThrowableOrNull() {
        assertThat(BAD_CONN.is(new IllegalStateException("[code=10002]"))).isFalse();
        assertThat(BAD_CONN.is(null)).isFalse();
    }

    @Test
    void isOnlyTheThrowableItselfNotItsCause() {
        RuntimeException wrapper = new RuntimeException(BAD_CONN.generate());

        assertThat(BAD_CONN.is(wrapper)).isFalse();
    }

    @Test
    void findsTheErrorDeepInACauseChain() {
        DmException target = BAD_CONN.generate();
        Throwable chain = new RuntimeException(new IllegalStateException(
                QUERY_FAILED.delegate(new RuntimeException(target), "SELECT 1")));

        assertThat(BAD_CONN.findIn(chain)).containsSame(target);
    }

    @Test
    void findsTheFirstOccurrenceInTheChain() {
        DmException inner = BAD_CONN.generate();
        DmException outer = BAD_CONN.delegate(new RuntimeException(inner));

        assertThat(BAD_CONN.findIn(new RuntimeException(outer))).containsSame(outer);
    }

    @Test
    void findsNothingWhenTheErrorIsAbsent() {
        Throwable chain = new RuntimeException(QUERY_FAILED.delegate(new IOException("x"), "SELECT 1"));

        assertThat(BAD_CONN.findIn(chain)).isEmpty();
        assertThat(BAD_CONN.findIn(null)).isEmpty();
    }

    @Test
    void stopsAtACauseCycle() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second");
        DmException dm = QUERY_FAILED.delegate(second, "SELECT 1");
        first.initCause(dm);
        second.initCause(first);

        assertThat(BAD_CONN.findIn(first)).isEmpty();
        assertThat(QUERY_FAILED.findIn(second)).containsSame(dm);
    }

    @Test
    void rejectsANonPositiveCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DmError.of(0, "ErrZero", ErrorClass.DATABASE, ErrorScope.NOT_SET,
                        ErrorLevel.LOW, "", ""))
                .withMessage("code must be positive: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DmError.of(-1, "ErrNegative", ErrorClass.DATABASE, ErrorScope.NOT_SET,
                        ErrorLevel.LOW, "", ""))
                .withMessage("code must be positive: -1");
    }

    @Test
    void rejectsAnEmptyName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DmError.of(1, "", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.LOW, "", ""))
                .withMessage("name is empty");
    }

    @Test
    void rejectsNullFields() {
        assertThatNullPointerException()
                .isThrownBy(() -> DmError.of(1, null, ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.LOW, "", ""));
        assertThatNullPointerException()
                .isThrownBy(() -> DmError.of(1, "Err", null, ErrorScope.NOT_SET, ErrorLevel.LOW, "", ""));
        assertThatNullPointerException()
                .isThrownBy(() -> DmError.of(1, "Err", ErrorClass.DATABASE, null, ErrorLevel.LOW, "", ""));
        assertThatNullPointerException()
                .isThrownBy(() -> DmError.of(1, "Err", ErrorClass.DATABASE, ErrorScope.NOT_SET, null, "", ""));
        assertThatNullPointerException()
                .isThrownBy(() -> DmError.of(
                        1, "Err", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.LOW, null, ""));
        assertThatNullPointerException()
                .isThrownBy(() -> DmError.of(
                        1, "Err", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.LOW, "", null));
    }

    @Test
    void equalsAnEntryWithTheSameFields() {
        DmError copy = DmError.of(
                10002, "ErrDBBadConn", ErrorClass.of("database"), ErrorScope.UPSTREAM, ErrorLevel.MEDIUM,
                "bad connection", "please check your network connection");

        assertThat(copy).isEqualTo(BAD_CONN).hasSameHashCodeAs(BAD_CONN);
    }

    @Test
    void differsFromAnEntryWithAnyOtherField() {
        assertThat(BAD_CONN)
                .isNotEqualTo(DmError.of(10003, "ErrDBBadConn", ErrorClass.DATABASE, ErrorScope.UPSTREAM,
                        ErrorLevel.MEDIUM, "bad connection", "please check your network connection"))
                .isNotEqualTo(DmError.of(10002, "ErrDBBadConn2", ErrorClass.DATABASE, ErrorScope.UPSTREAM,
                        ErrorLevel.MEDIUM, "bad connection", "please check your network connection"))
                .isNotEqualTo(DmError.of(10002, "ErrDBBadConn", ErrorClass.FUNCTIONAL, ErrorScope.UPSTREAM,
                        ErrorLevel.MEDIUM, "bad connection", "please check your network connection"))
                .isNotEqualTo(DmError.of(10002, "ErrDBBadConn", ErrorClass.DATABASE, ErrorScope.INTERNAL,
                        ErrorLevel.MEDIUM, "bad connection", "please check your network connection"))
                .isNotEqualTo(DmError.of(10002, "ErrDBBadConn", ErrorClass.DATABASE, ErrorScope.UPSTREAM,
                        ErrorLevel.HIGH, "bad connection", "please check your network connection"))
                .isNotEqualTo(DmError.of(10002, "ErrDBBadConn", ErrorClass.DATABASE, ErrorScope.UPSTREAM,
                        ErrorLevel.MEDIUM, "bad connections", "please check your network connection"))
                .isNotEqualTo(DmError.of(10002, "ErrDBBadConn", ErrorClass.DATABASE, ErrorScope.UPSTREAM,
                        ErrorLevel.MEDIUM, "bad connection", ""));
    }

    @Test
    void givesTheExceptionTheEntrysFields() {
        DmException e = BAD_CONN.generate();

        assertThat(e.error()).isSameAs(BAD_CONN);
        assertThat(e.code()).isEqualTo(10002);
        assertThat(e.errorClass()).isEqualTo(ErrorClass.DATABASE);
        assertThat(e.scope()).isEqualTo(ErrorScope.UPSTREAM);
        assertThat(e.level()).isEqualTo(ErrorLevel.MEDIUM);
        assertThat(e.workaround()).isEqualTo("please check your network connection");
    }
}
