package io.github.dmerrors;

import static io.github.dmerrors.SampleErrors.BAD_CONN;
import static io.github.dmerrors.SampleErrors.BARE;
import static io.github.dmerrors.SampleErrors.CHECK_TASK;
import static io.github.dmerrors.SampleErrors.QUERY_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DmExceptionMessageTest {
    private static final DmError UNREACHABLE = DmError.of(
            38008, "ErrMasterUnreachable", ErrorClass.DM_MASTER, ErrorScope.INTERNAL, ErrorLevel.HIGH,
            "cannot reach %s", "restart it");

    @Test
    void printsDmsOwnExample() {
        DmException e = BAD_CONN.delegate(new IOException("common error"));

        assertThat(e.getMessage()).isEqualTo("[code=10002:class=database:scope=upstream:level=medium],"
                + " Message: bad connection, RawCause: common error,"
                + " Workaround: please check your network connection");
    }

    static Stream<Arguments> shapes() {
        // "db1" only where the template takes it: Go reports an argument too many as %!(EXTRA …).
        Function<DmError, DmException> noCause = error -> error.generate(argumentsFor(error));
        Function<DmError, DmException> plainCause =
                error -> error.delegate(new IOException("disk full"), argumentsFor(error));
        Function<DmError, DmException> causeWithoutMessage =
                error -> error.delegate(new IllegalStateException(), argumentsFor(error));
        Function<DmError, DmException> dmCause =
                error -> error.delegate(UNREACHABLE.generate("master-1"), argumentsFor(error));
        return Stream.of(
                Arguments.of(BAD_CONN, noCause, "[code=10002:class=database:scope=upstream:level=medium],"
                        + " Message: bad connection, Workaround: please check your network connection"),
                Arguments.of(BAD_CONN, plainCause, "[code=10002:class=database:scope=upstream:level=medium],"
                        + " Message: bad connection, RawCause: disk full,"
                        + " Workaround: please check your network connection"),
                Arguments.of(BAD_CONN, causeWithoutMessage, "[code=10002:class=database:scope=upstream:level=medium],"
                        + " Message: bad connection, RawCause: java.lang.IllegalStateException,"
                        + " Workaround: please check your network connection"),
                Arguments.of(BAD_CONN, dmCause, "[code=10002:class=database:scope=upstream:level=medium],"
                        + " Message: bad connection, RawCause: cannot reach master-1,"
                        + " Workaround: please check your network connection"),
                Arguments.of(QUERY_FAILED, noCause, "[code=10005:class=database:scope=not-set:level=high],"
                        + " Message: query statement failed: db1"),
                Arguments.of(QUERY_FAILED, plainCause, "[code=10005:class=database:scope=not-set:level=high],"
                        + " Message: query statement failed: db1, RawCause: disk full"),
                Arguments.of(QUERY_FAILED, causeWithoutMessage, "[code=10005:class=database:scope=not-set:level=high],"
                        + " Message: query statement failed: db1, RawCause: java.lang.IllegalStateException"),
                Arguments.of(QUERY_FAILED, dmCause, "[code=10005:class=database:scope=not-set:level=high],"
                        + " Message: query statement failed: db1, RawCause: cannot reach master-1"),
                Arguments.of(CHECK_TASK, noCause, "[code=20001:class=config:scope=internal:level=low],"
                        + " Workaround: check the task file"),
                Arguments.of(CHECK_TASK, plainCause, "[code=20001:class=config:scope=internal:level=low],"
                        + " RawCause: disk full, Workaround: check the task file"),
                Arguments.of(CHECK_TASK, causeWithoutMessage, "[code=20001:class=config:scope=internal:level=low],"
                        + " RawCause: java.lang.IllegalStateException, Workaround: check the task file"),
                Arguments.of(CHECK_TASK, dmCause, "[code=20001:class=config:scope=internal:level=low],"
                        + " RawCause: cannot reach master-1, Workaround: check the task file"),
                Arguments.of(BARE, noCause, "[code=36001:class=sync-unit:scope=downstream:level=high]"),
                Arguments.of(BARE, plainCause, "[code=36001:class=sync-unit:scope=downstream:level=high],"
                        + " RawCause: disk full"),
                Arguments.of(BARE, causeWithoutMessage, "[code=36001:class=sync-unit:scope=downstream:level=high],"
                        + " RawCause: java.lang.IllegalStateException"),
                Arguments.of(BARE, dmCause, "[code=36001:class=sync-unit:scope=downstream:level=high],"
                        + " RawCause: cannot reach master-1"));
    }

    private static Object[] argumentsFor(DmError error) {
        return error.template().argumentCount() == 0 ? new Object[0] : new Object[] {"db1"};
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void printsTheBytesDmPrints(DmError error, Function<DmError, DmException> create, String expected) {
        assertThat(create.apply(error).getMessage()).isEqualTo(expected);
    }

    @Test
    void printsTheTemplateAsWrittenWithoutArguments() {
        DmError error = DmError.of(
                10006, "ErrDBExecuteFailed", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.HIGH,
                "execute %s failed after %d retries: %v", "");

        assertThat(error.generate().formattedMessage()).isEqualTo("execute %s failed after %d retries: %v");
        assertThat(error.generate((Object[]) null).formattedMessage())
                .isEqualTo("execute %s failed after %d retries: %v");
        assertThat(error.generate().getMessage()).isEqualTo(
                "[code=10006:class=database:scope=not-set:level=high],"
                        + " Message: execute %s failed after %d retries: %v");
    }

    @Test
    void formatsTheTemplateWithArguments() {
        DmError error = DmError.of(
                10006, "ErrDBExecuteFailed", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.HIGH,
                "execute %s failed after %d retries: %v", "");

        assertThat(error.generate("INSERT", 3, "timeout").formattedMessage())
                .isEqualTo("execute INSERT failed after 3 retries: timeout");
    }

    @Test
    void delegatesArgumentsToTheMessage() {
        DmException e = QUERY_FAILED.delegate(new IOException("broken pipe"), "SELECT 1");

        assertThat(e.getMessage()).isEqualTo("[code=10005:class=database:scope=not-set:level=high],"
                + " Message: query statement failed: SELECT 1, RawCause: broken pipe");
    }

    @Test
    void printsTheCallersMessageFromGeneratef() {
        assertThat(BAD_CONN.generatef("lost %s", "db1").getMessage())
                .isEqualTo("[code=10002:class=database:scope=upstream:level=medium], Message: lost db1,"
                        + " Workaround: please check your network connection");
        assertThat(BAD_CONN.generatef("lost %s").formattedMessage()).isEqualTo("lost %s");
    }

    @Test
    void printsAnEmptyRawCauseForADmCauseWithoutMessage() {
        assertThat(QUERY_FAILED.delegate(BARE.generate(), "SELECT 1").getMessage())
                .isEqualTo("[code=10005:class=database:scope=not-set:level=high],"
                        + " Message: query statement failed: SELECT 1, RawCause: ");
    }

    @Test
    void printsTheCauseClassWhenItsMessageCannotBeRead() {
        Throwable failing = new IllegalStateException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                throw new UnsupportedOperationException("no message");
            }
        };

        assertThat(BARE.delegate(failing).getMessage())
                .isEqualTo("[code=36001:class=sync-unit:scope=downstream:level=high], RawCause: "
                        + failing.getClass().getName());
    }

    @Test
    void formatsArgumentsAsTheyAreWhenTheMessageIsFirstRead() {
        StringBuilder argument = new StringBuilder("before");
        DmException e = QUERY_FAILED.generate(argument);
        argument.replace(0, argument.length(), "after");

        assertThat(e.formattedMessage()).isEqualTo("query statement failed: after");
    }

    @Test
    void copiesTheArgumentArray() {
        Object[] args = {"SELECT 1"};
        DmException e = QUERY_FAILED.generate(args);
        args[0] = "changed";

        assertThat(e.formattedMessage()).isEqualTo("query statement failed: SELECT 1");
    }

    @Test
    void printsTheEntryWithoutArgumentsFromDmErrorToString() {
        assertThat(QUERY_FAILED.toString()).isEqualTo(
                "ErrDBQueryFailed [code=10005:class=database:scope=not-set:level=high],"
                        + " Message: query statement failed: %s");
    }
}
