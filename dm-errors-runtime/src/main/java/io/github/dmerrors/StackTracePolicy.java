package io.github.dmerrors;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Which {@link DmException}s capture a Java stack trace, by {@link ErrorLevel level}.
 *
 * <p>Capturing the stack is most of the cost of creating an exception, and DM itself prints the
 * stack "depending on the error severity and the necessity". The default, {@link #FROM_MEDIUM},
 * captures it for {@code medium} and {@code high} errors and skips it for {@code low} ones, which
 * are about a user's input or are retried on hot paths. A {@code low} exception still prints its
 * full DM text and its cause's whole stack from {@link Throwable#printStackTrace()}; only its own
 * frames are missing.
 *
 * <p>The policy in force is read from the system property {@value #PROPERTY} when this class is
 * first used ({@code always}, {@code from-medium}, {@code only-high} or {@code never}; an unknown
 * value is logged and ignored) and can be changed at any time with {@link #setCurrent}. It applies
 * to exceptions created after the change.
 */
public enum StackTracePolicy {
    /** Every exception captures its stack trace. */
    ALWAYS(ErrorLevel.LOW),
    /** Exceptions of level {@code medium} and {@code high} capture their stack trace: the default. */
    FROM_MEDIUM(ErrorLevel.MEDIUM),
    /** Only exceptions of level {@code high} capture their stack trace. */
    ONLY_HIGH(ErrorLevel.HIGH),
    /** No exception captures its stack trace. */
    NEVER(null);

    /** The system property that sets the policy at start-up, for example {@code -Dio.github.dmerrors.stackTraces=always}. */
    public static final String PROPERTY = "io.github.dmerrors.stackTraces";

    private static volatile StackTracePolicy current = fromProperty(System.getProperty(PROPERTY));

    private final ErrorLevel lowestCaptured;

    StackTracePolicy(ErrorLevel lowestCaptured) {
        this.lowestCaptured = lowestCaptured;
    }

    /**
     * Returns the policy in force.
     *
     * @return the policy new exceptions follow
     */
    public static StackTracePolicy current() {
        return current;
    }

    /**
     * Sets the policy for exceptions created from now on, in every thread.
     *
     * @param policy the new policy
     * @throws NullPointerException if {@code policy} is null
     */
    public static void setCurrent(StackTracePolicy policy) {
        if (policy == null) {
            throw new NullPointerException("policy == null");
        }
        current = policy;
    }

    /**
     * Tells whether an exception of {@code level} captures its stack trace under this policy.
     *
     * @param level the exception's level
     * @return true if the stack trace is captured
     */
    public boolean capturesFor(ErrorLevel level) {
        return lowestCaptured != null && level.compareTo(lowestCaptured) >= 0;
    }

    /**
     * Returns the property value that selects this policy.
     *
     * @return {@code always}, {@code from-medium}, {@code only-high} or {@code never}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static StackTracePolicy fromProperty(String value) {
        if (value == null) {
            return FROM_MEDIUM;
        }
        for (StackTracePolicy policy : values()) {
            if (policy.toString().equals(value.trim())) {
                return policy;
            }
        }
        System.getLogger(StackTracePolicy.class.getName())
                .log(Level.WARNING, "ignoring {0}={1}: valid values are {2}; using {3}",
                        PROPERTY, value, EnumText.list(values()), FROM_MEDIUM);
        return FROM_MEDIUM;
    }
}
