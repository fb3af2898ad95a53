package io.github.dmerrors.benchmarks;

import io.github.dmerrors.DmError;
import java.util.List;
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
 * Loading and initialising the generated {@code DmErrors} of DM's 527 entries in a fresh class
 * loader: defining and verifying the class, then its static initialiser, which creates every
 * {@code DmError} and indexes the catalogue. The class file is read from disk once, before
 * measuring. The heap the class keeps is measured apart, by {@link HeapFootprint}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class CatalogueLoadBenchmark {
    private CatalogueClasses classes;

    @Setup
    public void readClassFiles() throws ReflectiveOperationException {
        classes = CatalogueClasses.read();
        Class<?> fresh = classes.loadFresh();
        SetupCheck.require(fresh != classes.loadFresh(), "a new class on every load");
        List<?> all = (List<?>) fresh.getMethod("all").invoke(null);
        SetupCheck.require(all.size() == 527 && all.get(0) instanceof DmError, "DM's 527 entries");
    }

    @Benchmark
    public Class<?> ours() {
        return classes.loadFresh();
    }
}
