package io.github.dmerrors.benchmarks;

import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.examples.DmErrors;
import java.io.IOException;
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
 * DM's full text of an error caused by another: {@code delegate(cause, args).getMessage()}, against
 * building the same text with one {@code String.format} whose format has every constant part
 * written in (the cheapest a hand-written call could be).
 *
 * <p>Ours also creates the exception each time, since {@code getMessage()} is computed once per
 * exception; the entry is a {@code low} one, so that no stack trace is captured (that cost is
 * {@link ExceptionCreationBenchmark}'s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class DelegatedMessageBenchmark {
    private static final String FULL_TEXT = "[code=11123:class=functional:scope=upstream:level=low],"
            + " Message: didn't found binlog location in dumped metadata file %s, RawCause: %s,"
            + " Workaround: Please check log of dump unit, there maybe errors when read upstream binlog status";

    private String file = "/data/dump/metadata";
    private IOException cause = new IOException("open /data/dump/metadata: no such file or directory");

    @Setup
    public void checkSameText() {
        SetupCheck.require(DmErrors.ErrMetadataNoBinlogLoc.level() == ErrorLevel.LOW, "a low entry");
        SetupCheck.requireSame(ours(), baseline());
    }

    @Benchmark
    public String ours() {
        return DmErrors.ErrMetadataNoBinlogLoc.delegate(cause, file).getMessage();
    }

    @Benchmark
    public String baseline() {
        return String.format(FULL_TEXT, file, cause.getMessage());
    }
}
