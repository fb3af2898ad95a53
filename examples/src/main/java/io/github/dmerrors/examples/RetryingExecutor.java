package io.github.dmerrors.examples;

import io.github.dmerrors.DmError;
import io.github.dmerrors.DmException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Runs database calls the way DM does: a driver failure becomes a DM error, and the two errors
 * that DM's manual says it recovers from by itself — {@code 10002} (driver: bad connection) and
 * {@code 10003} (invalid connection) — are retried; every other error is returned at once.
 */
public final class RetryingExecutor {
    /** The codes DM retries by itself: a bad or an invalid connection. */
    public static final Set<Integer> RETRYABLE_CODES =
            Set.of(DmErrors.ErrDBBadConn.code(), DmErrors.ErrDBInvalidConn.code());

    private final int maxAttempts;
    private final Duration backoff;
    private final Sleeper sleeper;

    /** Waits between attempts; a seam so that tests do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits.
         *
         * @param duration how long
         * @throws InterruptedException if the thread is interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * Creates an executor.
     *
     * @param maxAttempts how many times a call is made at most, at least 1
     * @param backoff how long to wait before the second attempt; doubled for each further one
     * @param sleeper how to wait
     */
    public RetryingExecutor(int maxAttempts, Duration backoff, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.backoff = Objects.requireNonNull(backoff, "backoff == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    }

    /**
     * Runs {@code call}, retrying it while it fails with a connection error DM recovers from.
     *
     * @param <T> what the call returns
     * @param statement the SQL statement, for the error message
     * @param call the call
     * @return the call's result
     * @throws DmException the DM error of the last failure
     */
    public <T> T execute(String statement, DatabaseCall<T> call) {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (SQLException e) {
                DmException error = toDmError(statement, e);
                if (!RETRYABLE_CODES.contains(error.code()) || attempt == maxAttempts) {
                    throw attempt == 1 ? error : error.annotate("after " + attempt + " attempts");
                }
                pause(wait, error);
                wait = wait.multipliedBy(2);
            }
        }
    }

    /**
     * Reports a driver failure as DM's error for it, the failure as its raw cause.
     *
     * @param statement the SQL statement that failed
     * @param failure what the driver reported
     * @return the DM error
     */
    static DmException toDmError(String statement, SQLException failure) {
        DmError error;
        if (failure instanceof SQLTransientConnectionException) {
            error = DmErrors.ErrDBBadConn;
        } else if (failure instanceof SQLRecoverableException) {
            error = DmErrors.ErrDBInvalidConn;
        } else {
            return DmErrors.ErrDBExecuteFailed.delegate(failure, statement);
        }
        return error.delegate(failure);
    }

    private void pause(Duration wait, DmException error) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error.annotate("interrupted while waiting to retry");
        }
    }
}
