package io.github.dmerrors.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void looksACodeUp() {
        assertThat(run("lookup", "10002")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("10002 ErrDBBadConn\n"
                + "  class database, scope not-set, level high"
                + " (Needs attention: left alone, it may interrupt a replication task.)\n"
                + "  message:    database driver\n"
                + "  workaround: Please check the database connection, then use `pause-task` to pause the task"
                + " and then use `resume-task` to resume the task.\n");
    }

    @Test
    void looksANameUp() {
        assertThat(run("lookup", "ErrVerifySQLOperateArgs")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("11017 ErrVerifySQLOperateArgs\n")
                .doesNotContain("message:")
                .contains("  workaround: Please make sure the args are correct.\n");
    }

    @Test
    void saysSoForAnUnknownCode() {
        assertThat(run("lookup", "99999")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("no error 99999 in DM's catalogue\n");
        assertThat(run("lookup", "99999999999")).isEqualTo(1);
    }

    @Test
    void recoversFromAFlakyConnectionAndPrintsDmsTextForABadStatement() {
        assertThat(run("demo")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("recovered after 3 attempts: 1 row\n"
                + "[code=10006:class=database:scope=not-set:level=high], Message: execute statement failed:"
                + " SELEC 1, RawCause: You have an error in your SQL syntax\n");
    }

    @Test
    void printsUsageOtherwise() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ");
    }
}
