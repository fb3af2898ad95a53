package io.github.dmerrors.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The machine a run measured: processors, JVM, CPU model, and the load average, which tells whether
 * anything else was running.
 *
 * @param processors the processors the JVM may use
 * @param cpu the CPU model from {@code /proc/cpuinfo}, or {@code unknown}
 * @param loadAverage the system load average over the last minute, or negative if unknown
 */
record MachineReport(int processors, String cpu, double loadAverage) {
    static MachineReport now() {
        return new MachineReport(Runtime.getRuntime().availableProcessors(), cpuModel(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Describes the machine, and its load now and at {@code end}. */
    String describe(MachineReport end) {
        return String.format("machine: %d processors, %s; Java %s (%s %s); load average %.2f at start, %.2f at end",
                processors, cpu, System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), loadAverage, end.loadAverage);
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "unknown";
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
