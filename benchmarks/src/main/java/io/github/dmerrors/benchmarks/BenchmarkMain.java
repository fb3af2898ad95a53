package io.github.dmerrors.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark of this module with JMH's allocation profiler, measures the heap the
 * generated catalogue keeps in a JVM of its own, and prints the ratios ours / baseline. Arguments
 * are JMH's own, for example {@code -f 2 -i 10} or a regular expression of the benchmarks to run.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException,
            InterruptedException {
        MachineReport machine = MachineReport.now();
        List<String> footprint = footprintInOwnJvm();
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result("jmh-result.json")
                .build();
        Collection<RunResult> results = new Runner(options).run();

        System.out.println();
        System.out.println(machine.describe(MachineReport.now()));
        System.out.println(new RatioReport(results).render());
        System.out.println("5 the generated DmErrors (527 entries), in a JVM of its own with -XX:+UseSerialGC:");
        footprint.forEach(line -> System.out.println("  " + line));
    }

    private static List<String> footprintInOwnJvm() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xms256m", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                HeapFootprint.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("heap footprint measurement failed:\n" + output);
        }
        return output.lines().toList();
    }
}
