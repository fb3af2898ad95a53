package io.github.dmerrors.testing;

import java.time.Duration;

/**
 * The one scale of every time bound a test sets: a test that must finish within a time, or waits
 * a time before acting, asks here for that time. A loaded machine (a CI runner, or a build beside
 * others) runs everything slower; {@code -Dtest.timeScale=3} makes every bound three times as long
 * instead of failing the tests. The default, 1, keeps the bounds as written.
 */
public final class TestTime {
    /** The system property holding the scale, a positive number such as {@code 2} or {@code 1.5}. */
    public static final String PROPERTY = "test.timeScale";

    private static final double SCALE = scale(System.getProperty(PROPERTY));

    private TestTime() {}

    /**
     * Scales a time bound.
     *
     * @param bound the bound on an unloaded machine
     * @return {@code bound} times the scale
     */
    public static Duration scaled(Duration bound) {
        return Duration.ofNanos(Math.round(bound.toNanos() * SCALE));
    }

    /**
     * Reads the scale.
     *
     * @param value the property's value; null for the default
     * @return the scale, 1 if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not a positive number, rather than
     *     quietly running with bounds nobody asked for
     */
    static double scale(String value) {
        if (value == null) {
            return 1;
        }
        double scale;
        try {
            scale = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a positive number: " + value, e);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(PROPERTY + " must be a positive number: " + value);
        }
        return scale;
    }
}
