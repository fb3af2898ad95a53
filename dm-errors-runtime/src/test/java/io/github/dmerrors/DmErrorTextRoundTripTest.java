package io.github.dmerrors;

import static io.github.dmerrors.SampleErrors.BAD_CONN;
import static io.github.dmerrors.SampleErrors.BARE;
import static io.github.dmerrors.SampleErrors.CHECK_TASK;
import static io.github.dmerrors.SampleErrors.QUERY_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shape of DM's text reads back into the parts it was printed from. */
@WithStackTracePolicy(StackTracePolicy.ALWAYS)
@ResourceLock(WithStackTracePolicy.LOCK)
class DmErrorTextRoundTripTest {
    private static final DmError UNREACHABLE = DmError.of(
            38008, "ErrMasterUnreachable", ErrorClass.DM_MASTER, ErrorScope.INTERNAL, ErrorLevel.HIGH,
            "cannot reach %s", "restart it");
    // Real DM entries: a message that ends with a space, and messages that hold line breaks.
    private static final DmError BACKEND_NOT_SUPPORTED = DmError.of(
            34019, "ErrLoadBackendNotSupport", ErrorClass.FUNCTIONAL, ErrorScope.INTERNAL, ErrorLevel.HIGH,
            "DM do not support backend %s ",
            "If you do not understand the configure `tidb.backend` you can just delete it.");
    private static final DmError SYNC_CONFIG = DmError.of(
            26005, "ErrTaskCheckSyncConfigError", ErrorClass.TASK_CHECK, ErrorScope.INTERNAL, ErrorLevel.MEDIUM,
            "%s: %v\n detail: %v", "");
    private static final DmError NEED_SOURCE_ID = DmError.of(
            40005, "ErrWorkerNeedSourceID", ErrorClass.DM_WORKER, ErrorScope.INTERNAL, ErrorLevel.MEDIUM,
            "dm-worker should bind a non-empty source ID which represents a MySQL/MariaDB instance or a replica"
                    + " group. \n notice: if you use old version dm-ansible, please update to newest version.",
            "");
    private static final DmError DUPLICATE_ITEMS = DmError.of(
            20032, "ErrConfigDuplicateCfgItem", ErrorClass.CONFIG, ErrorScope.INTERNAL, ErrorLevel.MEDIUM,
            "the following mysql configs have duplicate items, please remove the duplicates:\n%s",
            "Please check the `mysql-instances` config in task configuration file.");
    private static final DmError CUSTOM = DmError.of(
            Integer.MAX_VALUE, "ErrCustom", ErrorClass.of("my.unit_2"), ErrorScope.DOWNSTREAM, ErrorLevel.LOW,
            "custom %s", "");

    /** An exception and the raw cause text it should read back with, or null for none. */
    record Case(String name, DmException exception, String rawCause) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<DmError> shapes = List.of(BAD_CONN, QUERY_FAILED, CHECK_TASK, BARE);
        Stream<Case> everyShape = shapes.stream().flatMap(error -> Stream.of(
                new Case(error.name() + " without cause", error.generate("SELECT 1"), null),
                new Case(error.name() + " with a cause", error.delegate(new IOException("disk full"), "SELECT 1"),
                        "disk full"),
                new Case(error.name() + " with a cause without message",
                        error.delegate(new IllegalStateException(), "SELECT 1"), "java.lang.IllegalStateException"),
                new Case(error.name() + " with a cause with an empty message",
                        error.delegate(new IOException(""), "SELECT 1"), ""),
                new Case(error.name() + " with a DM cause",
                        error.delegate(UNREACHABLE.generate("master-1"), "SELECT 1"), "cannot reach master-1"),
                new Case(error.name() + " with a DM cause without message",
                        error.delegate(BARE.generate(), "SELECT 1"), "")));
        Stream<Case> quirks = Stream.of(
                new Case("DM's example", BAD_CONN.delegate(new Exception("common error")), "common error"),
                new Case("message ending with a space", BACKEND_NOT_SUPPORTED.generate(), null),
                new Case("message ending with a space and a cause",
                        BACKEND_NOT_SUPPORTED.delegate(new IOException("x "), "importer"), "x "),
                new Case("message with a line break",
                        SYNC_CONFIG.generate("check", "failed", "no such table\n"), null),
                new Case("message with a line break and a space", NEED_SOURCE_ID.generate(), null),
                new Case("message with a line break before an argument",
                        DUPLICATE_ITEMS.generate("mysql-replica-01\nmysql-replica-02"), null),
                new Case("cause with line breaks",
                        QUERY_FAILED.delegate(new IOException("line 1\n\tline 2\n"), "SELECT 1"), "line 1\n\tline 2\n"),
                new Case("percent signs", QUERY_FAILED.generate("SELECT '100%' LIKE '%s%%d'"), null),
                new Case("unformatted template", QUERY_FAILED.generate(), null),
                new Case("unicode", QUERY_FAILED.delegate(new IOException("表 不存在 🚀"), "SELECT `数据`"),
                        "表 不存在 🚀"),
                new Case("cause holding the workaround separator",
                        BAD_CONN.delegate(new IOException("a, Workaround: b, Workaround: c")),
                        "a, Workaround: b, Workaround: c"),
                new Case("message holding the workaround separator",
                        BAD_CONN.generatef("x, Workaround: y"), null),
                new Case("message holding the workaround separator, with a cause",
                        QUERY_FAILED.delegate(new IOException("z"), "x, Workaround: y"), "z"),
                new Case("message holding the message separator",
                        QUERY_FAILED.generate("[code=1:class=x:scope=internal:level=low], Message: inner"), null),
                new Case("cause holding the raw cause separator",
                        BAD_CONN.delegate(new IOException("a, RawCause: b")), "a, RawCause: b"),
                new Case("cause that looks like DM's text",
                        CHECK_TASK.delegate(new IOException("[code=1:class=x:scope=internal:level=low]")),
                        "[code=1:class=x:scope=internal:level=low]"),
                new Case("message ending with the workaround separator",
                        QUERY_FAILED.generate("x, Workaround: "), null),
                new Case("message starting with the raw cause separator",
                        QUERY_FAILED.generatef(", RawCause: x"), null),
                new Case("custom class and largest code", CUSTOM.generate("y"), null),
                new Case("changed scope and class",
                        BAD_CONN.delegate(new IOException("x")).withScope(ErrorScope.NOT_SET).withClass(ErrorClass.HA),
                        "x"),
                new Case("annotated", QUERY_FAILED.generate("SELECT 1").annotate("while syncing"), null));
        return Stream.concat(everyShape, quirks);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheParts(Case c) {
        DmException e = c.exception();

        DmErrorText text = DmErrorText.parse(e.getMessage());

        assertThat(text.code()).isEqualTo(e.code());
        assertThat(text.errorClass()).isEqualTo(e.errorClass());
        assertThat(text.scope()).isEqualTo(e.scope());
        assertThat(text.level()).isEqualTo(e.level());
        assertThat(text.message()).isEqualTo(e.formattedMessage());
        assertThat(text.rawCause()).isEqualTo(Optional.ofNullable(c.rawCause()));
        assertThat(text.workaround()).isEqualTo(e.workaround());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void printsTheTextItRead(Case c) {
        assertThat(DmErrorText.parse(c.exception().getMessage()))
                .hasToString(c.exception().getMessage());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheSameFromThrowableToString(Case c) {
        assertThat(DmErrorText.parse(c.exception().toString()))
                .isEqualTo(DmErrorText.parse(c.exception().getMessage()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheSameFromPrintStackTrace(Case c) {
        StringWriter printed = new StringWriter();
        c.exception().printStackTrace(new PrintWriter(printed));

        assertThat(DmErrorText.parse(printed.toString()))
                .isEqualTo(DmErrorText.parse(c.exception().getMessage()))
                .hasToString(c.exception().getMessage());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheTextInALogLine(Case c) {
        String line = "2026-02-26 10:00:00.123 ERROR [worker-1] task t1 failed: " + c.exception().getMessage();

        assertThat(DmErrorText.find(line)).contains(DmErrorText.parse(c.exception().getMessage()));
    }
}
