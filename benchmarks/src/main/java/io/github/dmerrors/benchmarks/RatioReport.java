package io.github.dmerrors.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The table {@link BenchmarkMain} prints: for each {@link Comparison}, both scores with JMH's 99.9%
 * confidence intervals, the bytes each side allocates per operation, the ratio ours / baseline with
 * the range the two intervals allow, and whether it meets its target.
 */
final class RatioReport {
    private static final String ROW = "%-66s %22s %22s %9s %9s %7s %15s  %s%n";

    private final Map<String, RunResult> results = new HashMap<>();

    RatioReport(Collection<RunResult> runs) {
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark();
            String simpleName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            results.put(simpleName, run);
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(ROW, "ours / baseline, measured in the same run", "ours", "baseline",
                "ours B/op", "base B/op", "ratio", "ratio range", "target"));
        for (Comparison comparison : Comparison.ALL) {
            Optional<RunResult> ours = find(comparison.benchmark() + "." + comparison.ours());
            Optional<RunResult> baseline = find(comparison.benchmark() + "." + comparison.baseline());
            if (ours.isEmpty() || baseline.isEmpty()) {
                out.append(String.format(ROW, comparison.label(), "not run", "", "", "", "", "", ""));
                continue;
            }
            double ratio = ours.get().getPrimaryResult().getScore() / baseline.get().getPrimaryResult().getScore();
            out.append(String.format(ROW, comparison.label(), score(ours.get()), score(baseline.get()),
                    allocated(ours.get()), allocated(baseline.get()), String.format("%.3f", ratio),
                    range(ours.get(), baseline.get()), verdict(ratio, comparison.limit())));
        }
        find("CatalogueLoadBenchmark.ours").ifPresent(load -> out.append(String.format(
                "%n5 load and initialise DmErrors (527 entries) in a fresh class loader: %s, %s bytes allocated%n",
                score(load), allocated(load))));
        return out.toString();
    }

    private Optional<RunResult> find(String benchmark) {
        return Optional.ofNullable(results.get(benchmark));
    }

    // JMH's results are raw Results.
    @SuppressWarnings("rawtypes")
    private static String score(RunResult run) {
        Result result = run.getPrimaryResult();
        return Double.isNaN(result.getScoreError())
                ? String.format("%.1f %s", result.getScore(), result.getScoreUnit())
                : String.format("%.1f ± %.1f %s", result.getScore(), result.getScoreError(), result.getScoreUnit());
    }

    /** The lowest and highest ratio the confidence intervals of both scores allow. */
    private static String range(RunResult ours, RunResult baseline) {
        double[] o = ours.getPrimaryResult().getScoreConfidence();
        double[] b = baseline.getPrimaryResult().getScoreConfidence();
        if (Double.isNaN(o[0]) || Double.isNaN(b[0]) || b[0] <= 0) {
            return "";
        }
        return String.format("%.3f-%.3f", Math.max(0, o[0]) / b[1], o[1] / b[0]);
    }

    /** JMH's gc.alloc.rate.norm: bytes allocated per operation. */
    @SuppressWarnings("rawtypes")
    private static String allocated(RunResult run) {
        return run.getSecondaryResults().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("gc.alloc.rate.norm"))
                .map(entry -> String.format("%,.0f", entry.getValue().getScore()))
                .findFirst()
                .orElse("?");
    }

    private static String verdict(double ratio, double limit) {
        if (Double.isNaN(limit)) {
            return "(no target)";
        }
        String target = String.format("<= %.3f", limit);
        return ratio <= limit ? target + " met" : String.format("%s MISSED by %.1fx", target, ratio / limit);
    }
}
