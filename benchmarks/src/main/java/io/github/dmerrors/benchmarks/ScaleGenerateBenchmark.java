package io.github.dmerrors.benchmarks;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.testing.SyntheticCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link GenerateBenchmark} on a synthetic catalogue of {@value #ENTRIES} entries, the scale
 * integration test's: each operation takes seconds, so each iteration times one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScaleGenerateBenchmark {
    static final int ENTRIES = 100_000;

    private Path file;

    @Setup(Level.Trial)
    public void writeCatalogue() throws IOException, InvalidInputException {
        file = Files.createTempFile("errors_release", ".txt");
        SetupCheck.require(SyntheticCatalogue.write(file, ENTRIES, CatalogueWork.SYNTHETIC_SEED).size() == ENTRIES,
                ENTRIES + " synthetic entries");
        CatalogueWork.checkReadsAll(file, ENTRIES);
    }

    @TearDown(Level.Trial)
    public void deleteCatalogue() throws IOException {
        Files.delete(file);
    }

    @Benchmark
    public List<byte[]> ours() throws IOException, InvalidInputException {
        return CatalogueWork.generate(file);
    }

    @Benchmark
    public Catalogue parseAndValidate() throws IOException, InvalidInputException {
        return CatalogueWork.parseAndValidate(file);
    }

    @Benchmark
    public int baseline(Blackhole blackhole) throws IOException {
        return CatalogueWork.split(file, blackhole::consume);
    }
}
