package io.github.dmerrors.benchmarks;

/** The checks a benchmark's setup makes before it measures anything: a failed one stops the run. */
final class SetupCheck {
    private SetupCheck() {}

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark setup: expected " + what);
        }
    }

    static void requireSame(Object ours, Object baseline) {
        if (!ours.equals(baseline)) {
            throw new IllegalStateException("benchmark setup: ours and the baseline differ:\n  ours:     " + ours
                    + "\n  baseline: " + baseline);
        }
    }
}
