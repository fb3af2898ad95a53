package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Reading DM's text as it appears in the wild: after exception names, before traces, in logs. */
class DmErrorTextTest {
    private static final String DM_EXAMPLE = "[code=10002:class=database:scope=upstream:level=medium],"
            + " Message: bad connection, RawCause: common error, Workaround: please check your network connection";
    // A real DM message, which ends with a space; the text has no workaround after it.
    private static final String TRAILING_SPACE =
            "[code=34019:class=functional:scope=internal:level=high], Message: DM do not support backend tikv ";
    private static final String JAVA_TRACE = "\tat io.github.dmerrors.DmError.generate(DmError.java:192)\n"
            + "\tat app//com.example.Loader.load(Loader.java:12)\n"
            + "Caused by: java.io.IOException: disk full\n"
            + "\tat com.example.Disk.write(Disk.java:3)\n"
            + "\t... 2 more\n";

    @Test
    void readsDmsExample() {
        DmErrorText text = DmErrorText.parse(DM_EXAMPLE);

        assertThat(text.code()).isEqualTo(10002);
        assertThat(text.errorClass()).isSameAs(ErrorClass.DATABASE);
        assertThat(text.scope()).isEqualTo(ErrorScope.UPSTREAM);
        assertThat(text.level()).isEqualTo(ErrorLevel.MEDIUM);
        assertThat(text.message()).isEqualTo("bad connection");
        assertThat(text.rawCause()).contains("common error");
        assertThat(text.workaround()).isEqualTo("please check your network connection");
        assertThat(text).hasToString(DM_EXAMPLE);
    }

    @Test
    void readsTheBracketAlone() {
        DmErrorText text = DmErrorText.parse("[code=1:class=my-unit:scope=not-set:level=low]");

        assertThat(text.errorClass()).isEqualTo(ErrorClass.of("my-unit"));
        assertThat(text.message()).isEmpty();
        assertThat(text.rawCause()).isEmpty();
        assertThat(text.workaround()).isEmpty();
    }

    @Test
    void readsAnEmptyRawCause() {
        DmErrorText text = DmErrorText.parse("[code=1:class=ha:scope=not-set:level=low], RawCause: , Workaround: w");

        assertThat(text.rawCause()).contains("");
        assertThat(text.workaround()).isEqualTo("w");
    }

    @Test
    void readsWhatCharSequencesHold() {
        assertThat(DmErrorText.parse(new StringBuilder(DM_EXAMPLE))).isEqualTo(DmErrorText.parse(DM_EXAMPLE));
    }

    @Test
    void skipsAnyQualifiedExceptionName() {
        DmErrorText expected = DmErrorText.parse(DM_EXAMPLE);

        assertThat(DmErrorText.parse("io.github.dmerrors.DmException: " + DM_EXAMPLE)).isEqualTo(expected);
        assertThat(DmErrorText.parse("java.lang.RuntimeException: " + DM_EXAMPLE)).isEqualTo(expected);
        assertThat(DmErrorText.parse("com.example.Outer$Inner: " + DM_EXAMPLE)).isEqualTo(expected);
        assertThat(DmErrorText.parse("java.lang.RuntimeException: io.github.dmerrors.DmException: " + DM_EXAMPLE))
                .isEqualTo(expected);
    }

    @Test
    void cutsOffAJavaTraceAndKeepsTheTrailingSpace() {
        DmErrorText text = DmErrorText.parse("io.github.dmerrors.DmException: " + TRAILING_SPACE + "\n" + JAVA_TRACE);

        assertThat(text.message()).isEqualTo("DM do not support backend tikv ");
        assertThat(text).hasToString(TRAILING_SPACE);
    }

    @Test
    void cutsOffATraceWithWindowsLineBreaks() {
        String trace = JAVA_TRACE.replace("\n", "\r\n");

        assertThat(DmErrorText.parse(TRAILING_SPACE + "\r\n" + trace)).hasToString(TRAILING_SPACE);
    }

    @Test
    void cutsOffTheTraceOfAStacklessException() {
        String printed = TRAILING_SPACE + "\nCaused by: java.io.IOException: disk full\n"
                + "\tat com.example.Disk.write(Disk.java:3)\n";

        assertThat(DmErrorText.parse(printed)).hasToString(TRAILING_SPACE);
    }

    @Test
    void cutsOffATraceThatStartsWithASuppressedException() {
        String printed = DM_EXAMPLE + "\n\tSuppressed: java.lang.IllegalStateException: close failed\n"
                + "\t\tat com.example.Pool.close(Pool.java:40)\n";

        assertThat(DmErrorText.parse(printed)).hasToString(DM_EXAMPLE);
    }

    @Test
    void cutsOffFramesAsModulesAndLoggersPrintThem() {
        assertThat(DmErrorText.parse(DM_EXAMPLE
                        + "\n\tat io.github.dmerrors@0.1.0/io.github.dmerrors.DmError.generate(DmError.java:192)"))
                .hasToString(DM_EXAMPLE);
        assertThat(DmErrorText.parse(DM_EXAMPLE
                        + "\n\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)"))
                .hasToString(DM_EXAMPLE);
        assertThat(DmErrorText.parse(DM_EXAMPLE + "\n    at com.example.Task.run(Task.java:7) ~[app.jar:1.0]"))
                .hasToString(DM_EXAMPLE);
    }

    @Test
    void cutsOffAGoTrace() {
        String printed = DM_EXAMPLE + "\n"
                + "github.com/pingcap/tiflow/dm/pkg/terror.(*Error).Delegate\n"
                + "\t/home/dm/tiflow/dm/pkg/terror/terror.go:269\n"
                + "github.com/pingcap/tiflow/dm/master.(*Server).StartTask\n"
                + "\t/home/dm/tiflow/dm/master/server.go:412\n"
                + "runtime.goexit\n"
                + "\t/usr/local/go/src/runtime/asm_amd64.s:1571";

        assertThat(DmErrorText.parse(printed)).hasToString(DM_EXAMPLE);
    }

    @Test
    void keepsLineBreaksOfTheMessageBeforeATrace() {
        String dmText = "[code=26005:class=task-check:scope=internal:level=medium], Message: check: failed\n"
                + " detail: no such table";

        DmErrorText text = DmErrorText.parse(dmText + "\n" + JAVA_TRACE);

        assertThat(text.message()).isEqualTo("check: failed\n detail: no such table");
        assertThat(text).hasToString(dmText);
    }

    @Test
    void keepsLinesThatOnlyLookLikeTraceLines() {
        String dmText = "[code=20001:class=config:scope=internal:level=low], Workaround: check:\n"
                + "\tat least one source (see the docs)\n"
                + "Caused by: a typo\n"
                + "Caused by: config error: x\n"
                + "task.yaml\n"
                + "\tline:one";

        assertThat(DmErrorText.parse(dmText).workaround()).isEqualTo(dmText.substring(dmText.indexOf("check:")));
    }

    @Test
    void cutsATextWhoseCauseQuotesATrace() {
        String dmText = "[code=1:class=ha:scope=not-set:level=low], RawCause: remote failed:";

        assertThat(DmErrorText.parse(dmText + "\n\tat com.example.Remote.call(Remote.java:9)").rawCause())
                .contains("remote failed:");
    }

    @Test
    void keepsALineBreakAtTheEndWithoutATrace() {
        assertThat(DmErrorText.parse(DM_EXAMPLE + "\n").workaround())
                .isEqualTo("please check your network connection\n");
    }

    @Test
    @WithStackTracePolicy(StackTracePolicy.ALWAYS)
    @ResourceLock(WithStackTracePolicy.LOCK)
    void readsTheSameFromTheTraceOfAWrapper() {
        DmException e = SampleErrors.BAD_CONN.generate();
        RuntimeException wrapper = new RuntimeException(e);
        StringWriter printed = new StringWriter();
        wrapper.printStackTrace(new PrintWriter(printed));

        assertThat(DmErrorText.parse(printed.toString())).hasToString(e.getMessage());
        assertThat(DmErrorText.find(printed.toString())).contains(DmErrorText.parse(e.getMessage()));
    }

    @Test
    void findsTheTextInALogLine() {
        String line = "[2026/02/26 10:00:00.123 +00:00] [ERROR] [subtask.go:311] [\"unit process error\"]"
                + " [error=\"" + TRAILING_SPACE;

        assertThat(DmErrorText.find(line)).contains(DmErrorText.parse(TRAILING_SPACE));
    }

    @Test
    void findsTheFirstBracketThatReads() {
        String log = "[code=12] retried [code=10002:class=database:scope=upstream] then " + DM_EXAMPLE;

        assertThat(DmErrorText.find(log)).contains(DmErrorText.parse(DM_EXAMPLE));
    }

    @Test
    void endsTheFoundTextAtATrace() {
        String log = "ERROR task t1: " + TRAILING_SPACE + "\n" + JAVA_TRACE + "INFO next line";

        assertThat(DmErrorText.find(log)).contains(DmErrorText.parse(TRAILING_SPACE));
    }

    @Test
    void endsTheFoundTextAtTheTraceAfterIt() {
        String brokenThenTraced = "[code=x] broken\n" + DM_EXAMPLE + "\n" + JAVA_TRACE;
        String tracedThenFound = "[code=x] broken\n" + JAVA_TRACE + DM_EXAMPLE;

        assertThat(DmErrorText.find(brokenThenTraced)).contains(DmErrorText.parse(DM_EXAMPLE));
        assertThat(DmErrorText.find(tracedThenFound)).contains(DmErrorText.parse(DM_EXAMPLE));
    }

    @Test
    void keepsWhatFollowsTheTextOnItsLineInTheLastPart() {
        Optional<DmErrorText> found = DmErrorText.find("failed: " + DM_EXAMPLE + "\"] [task=t1]");

        assertThat(found).map(DmErrorText::workaround)
                .contains("please check your network connection\"] [task=t1]");
    }

    @Test
    void findsNothingWithoutABracketThatReads() {
        assertThat(DmErrorText.find("")).isEmpty();
        assertThat(DmErrorText.find("connection refused")).isEmpty();
        assertThat(DmErrorText.find("[code=10002:class=database] [code=1:class=x:scope=y:level=low]")).isEmpty();
    }

    @Test
    void readsASeparatorInAnArgumentAsASeparator() {
        DmException e = SampleErrors.QUERY_FAILED.generate("x, RawCause: y");

        DmErrorText text = DmErrorText.parse(e.getMessage());

        assertThat(text.message()).isEqualTo("query statement failed: x");
        assertThat(text.rawCause()).contains("y");
        assertThat(text).hasToString(e.getMessage());
    }

    @Test
    void readsAWorkaroundSeparatorAsOneWhenTheErrorHasNoWorkaround() {
        DmException e = SampleErrors.QUERY_FAILED.generate("x, Workaround: y");

        DmErrorText text = DmErrorText.parse(e.getMessage());

        assertThat(text.message()).isEqualTo("query statement failed: x");
        assertThat(text.workaround()).isEqualTo("y");
        assertThat(text).hasToString(e.getMessage());
    }

    @Test
    void equalsATextWithTheSameParts() {
        DmErrorText text = DmErrorText.parse(DM_EXAMPLE);
        DmErrorText same = DmErrorText.parse("io.github.dmerrors.DmException: " + DM_EXAMPLE + "\n" + JAVA_TRACE);

        assertThat(same).isEqualTo(text).hasSameHashCodeAs(text);
    }

    @Test
    void differsFromATextWithAnyOtherPart() {
        DmErrorText text = DmErrorText.parse(DM_EXAMPLE);

        assertThat(text)
                .isNotEqualTo(DmErrorText.parse(DM_EXAMPLE.replace("10002", "10003")))
                .isNotEqualTo(DmErrorText.parse(DM_EXAMPLE.replace("database", "functional")))
                .isNotEqualTo(DmErrorText.parse(DM_EXAMPLE.replace("upstream", "downstream")))
                .isNotEqualTo(DmErrorText.parse(DM_EXAMPLE.replace("medium", "high")))
                .isNotEqualTo(DmErrorText.parse(DM_EXAMPLE.replace("bad connection", "bad connections")))
                .isNotEqualTo(DmErrorText.parse(DM_EXAMPLE.replace("common error", "other error")))
                .isNotEqualTo(DmErrorText.parse(DM_EXAMPLE.replace("your network", "the network")))
                .isNotEqualTo(DM_EXAMPLE);
    }

    @Test
    void tellsAnAbsentRawCauseFromAnEmptyOne() {
        DmErrorText absent = DmErrorText.parse("[code=1:class=ha:scope=not-set:level=low], Message: m");
        DmErrorText empty = DmErrorText.parse("[code=1:class=ha:scope=not-set:level=low], Message: m, RawCause: ");

        assertThat(absent).isNotEqualTo(empty);
        assertThat(empty).hasToString("[code=1:class=ha:scope=not-set:level=low], Message: m, RawCause: ");
    }
}
