package io.github.dmerrors.benchmarks;

import io.github.dmerrors.DmError;
import io.github.dmerrors.examples.DmErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Finding the entry of a code in DM's 527-entry catalogue: the generated {@code DmErrors.byCode},
 * unwrapped as a caller would, against an array indexed by the code itself (50,001 slots for DM's
 * codes 10001 to 50000: the fastest lookup by code there is, whatever its memory), against reading
 * a dense array at the entry's position (no lookup at all: the floor) and against
 * {@code HashMap<Integer, DmError>.get}.
 *
 * <p>Each operation looks up one of {@value #LOOKUPS} codes drawn from the catalogue in a fixed
 * random order, the same codes on every side, so that neither branch prediction nor the JIT can
 * learn one answer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class LookupBenchmark {
    static final int LOOKUPS = 1024;

    private final int[] codes = new int[LOOKUPS];
    private final int[] positions = new int[LOOKUPS];
    private DmError[] byPosition;
    private DmError[] indexedByCode;
    private Map<Integer, DmError> byCode;

    @Setup
    public void drawCodes() {
        List<DmError> all = DmErrors.all();
        SetupCheck.require(all.size() == 527, "DM's 527 entries");
        byPosition = all.toArray(new DmError[0]);
        indexedByCode = new DmError[all.stream().mapToInt(DmError::code).max().orElseThrow() + 1];
        all.forEach(error -> indexedByCode[error.code()] = error);
        byCode = new HashMap<>();
        all.forEach(error -> byCode.put(error.code(), error));
        SplittableRandom random = new SplittableRandom(527);
        for (int i = 0; i < LOOKUPS; i++) {
            positions[i] = random.nextInt(all.size());
            codes[i] = all.get(positions[i]).code();
        }
        for (int i = 0; i < LOOKUPS; i++) {
            SetupCheck.requireSame(DmErrors.byCode(codes[i]).orElseThrow(), byPosition[positions[i]]);
            SetupCheck.requireSame(byCode.get(codes[i]), byPosition[positions[i]]);
            SetupCheck.requireSame(indexedByCode[codes[i]], byPosition[positions[i]]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void ours(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(DmErrors.byCode(code).orElseThrow());
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void arrayByCode(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(indexedByCode[code]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void arrayByPosition(Blackhole blackhole) {
        for (int position : positions) {
            blackhole.consume(byPosition[position]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOOKUPS)
    public void hashMap(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(byCode.get(code));
        }
    }
}
