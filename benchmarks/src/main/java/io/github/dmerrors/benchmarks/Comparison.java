package io.github.dmerrors.benchmarks;

import java.util.Objects;

/**
 * One line of the report: our benchmark against its baseline, and the ratio it must stay under.
 *
 * @param label what is compared, for a reader
 * @param benchmark the benchmark class's simple name
 * @param ours the method that measures ours
 * @param baseline the method that measures the baseline
 * @param limit the highest acceptable ratio ours / baseline, or {@code NaN} if there is no target
 */
record Comparison(String label, String benchmark, String ours, String baseline, double limit) {
    Comparison {
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(benchmark, "benchmark == null");
        Objects.requireNonNull(ours, "ours == null");
        Objects.requireNonNull(baseline, "baseline == null");
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive or NaN: " + limit);
        }
    }

    /** The pairs the project sets targets for, in the order of the issue. */
    static final Comparison[] ALL = {
        new Comparison("1 create a low DmException vs new RuntimeException(String.format)",
                "ExceptionCreationBenchmark", "lowOurs", "lowBaseline", 0.05),
        new Comparison("1 create a high DmException vs new RuntimeException(String.format)",
                "ExceptionCreationBenchmark", "highOurs", "highBaseline", 0.7),
        new Comparison("2 format %s %d %v % X vs String.format", "MessageFormatBenchmark", "ours", "baseline", 0.2),
        new Comparison("3 delegate(cause, arg).getMessage() vs String.format of the same text",
                "DelegatedMessageBenchmark", "ours", "baseline", 1 / 3.0),
        new Comparison("4 byCode, 527 entries, vs an array indexed by code", "LookupBenchmark", "ours", "arrayByCode",
                1.5),
        new Comparison("4 byCode, 527 entries, vs a dense array at the entry's position", "LookupBenchmark", "ours",
                "arrayByPosition", Double.NaN),
        new Comparison("4 byCode, 527 entries, vs HashMap.get", "LookupBenchmark", "ours", "hashMap", Double.NaN),
        new Comparison("6 parse+validate+generate DM's 527 vs Commons CSV read+split",
                "GenerateBenchmark", "ours", "baseline", 3),
        new Comparison("6   of which parse+validate", "GenerateBenchmark", "parseAndValidate", "baseline", Double.NaN),
        new Comparison("6 parse+validate+generate 100,000 vs Commons CSV read+split",
                "ScaleGenerateBenchmark", "ours", "baseline", 3),
        new Comparison("6   of which parse+validate", "ScaleGenerateBenchmark", "parseAndValidate", "baseline",
                Double.NaN),
    };
}
