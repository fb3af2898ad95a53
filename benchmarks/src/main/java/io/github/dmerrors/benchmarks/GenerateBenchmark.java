package io.github.dmerrors.benchmarks;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.model.Catalogue;
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
 * What the plugin does in a build that must regenerate DM's catalogue, in-process (writing the
 * files out is left out), against reading the same file and splitting it into fields with Commons
 * CSV, every field consumed. {@link #parseAndValidate()} shows how the plugin's time divides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
// JavaPoet's code takes a few hundred operations to reach its steady speed.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class GenerateBenchmark {
    private Path file;

    @Setup(Level.Trial)
    public void writeCatalogue() throws IOException, InvalidInputException {
        file = Files.createTempFile("errors_release", ".txt");
        CatalogueWork.writeDmCatalogue(file);
        CatalogueWork.checkReadsAll(file, 527);
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
