package io.github.dmerrors.benchmarks;

import io.github.dmerrors.DmError;
import io.github.dmerrors.DmException;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.StackTracePolicy;
import io.github.dmerrors.examples.DmErrors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating an exception, as a retry loop does on every failed attempt: a DM error through its typed
 * factory, under the default stack policy, against {@code new RuntimeException(String.format(…))}
 * of the same template and arguments.
 *
 * <p>Ours formats nothing yet: the exception keeps its arguments and formats on the first
 * {@code getMessage()} (measured by {@link DelegatedMessageBenchmark}). A {@code low} error
 * captures no stack trace, a {@code high} one does, as the baseline always does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExceptionCreationBenchmark {
    // Go's %s and Java's %s print a string alike, so each template is also the baseline's format.
    private static final String LOW_TEMPLATE = "when %s, resource %s is in use by other client";
    private static final String HIGH_TEMPLATE = "parse mydumper metadata error: %s, metadata: %s";

    // Fields, not constants, so that the JIT cannot fold the arguments into the result.
    private String operation = "acquire relay log lock";
    private String resource = "mysql-replica-01";
    private String error = "invalid GTID set";
    private String metadata = "/data/dump/metadata";

    @Setup
    public void checkSameText() {
        SetupCheck.require(StackTracePolicy.current() == StackTracePolicy.FROM_MEDIUM, "the default stack policy");
        check(DmErrors.ErrSchedulerLatchInUse, ErrorLevel.LOW, LOW_TEMPLATE, lowOurs(), lowBaseline());
        check(DmErrors.ErrParseMydumperMeta, ErrorLevel.HIGH, HIGH_TEMPLATE, highOurs(), highBaseline());
    }

    @Benchmark
    public DmException lowOurs() {
        return DmErrors.newErrSchedulerLatchInUse(operation, resource);
    }

    @Benchmark
    public RuntimeException lowBaseline() {
        return new RuntimeException(String.format(LOW_TEMPLATE, operation, resource));
    }

    @Benchmark
    public DmException highOurs() {
        return DmErrors.newErrParseMydumperMeta(error, metadata);
    }

    @Benchmark
    public RuntimeException highBaseline() {
        return new RuntimeException(String.format(HIGH_TEMPLATE, error, metadata));
    }

    private static void check(
            DmError entry, ErrorLevel level, String template, DmException ours, RuntimeException baseline) {
        SetupCheck.require(entry.level() == level && entry.message().equals(template), entry.name() + " as expected");
        SetupCheck.requireSame(ours.formattedMessage(), baseline.getMessage());
        SetupCheck.require((ours.getStackTrace().length > 0) == (level != ErrorLevel.LOW), "stack trace of " + level);
    }
}
