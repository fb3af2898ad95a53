package io.github.dmerrors.testing;

import java.util.List;
import java.util.SplittableRandom;

/** Values drawn in given proportions, for instance DM's count of each level. */
final class Weighted<T> {
    private final List<T> values;
    private final int[] cumulative;

    Weighted(List<T> values, int[] weights) {
        if (values.size() != weights.length || values.isEmpty()) {
            throw new IllegalArgumentException(values.size() + " values for " + weights.length + " weights");
        }
        this.values = List.copyOf(values);
        this.cumulative = new int[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weights must be positive: " + weights[i]);
            }
            total += weights[i];
            cumulative[i] = total;
        }
    }

    T pick(SplittableRandom random) {
        int ticket = random.nextInt(cumulative[cumulative.length - 1]);
        int i = 0;
        while (cumulative[i] <= ticket) {
            i++;
        }
        return values.get(i);
    }
}
