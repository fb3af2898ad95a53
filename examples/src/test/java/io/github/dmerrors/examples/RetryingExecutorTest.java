package io.github.dmerrors.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dmerrors.DmException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryingExecutorTest {
    private final List<Duration> waits = new ArrayList<>();
    private final RetryingExecutor executor = new RetryingExecutor(3, Duration.ofMillis(100), waits::add);

    @Test
    void retriesABadConnectionUntilItRecovers() {
        AtomicInteger calls = new AtomicInteger();
        String result = executor.execute("SELECT 1", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new SQLTransientConnectionException("driver: bad connection");
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void givesUpOnAnInvalidConnectionAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> executor.execute("SELECT 1", () -> {
                    calls.incrementAndGet();
                    throw new SQLRecoverableException("invalid connection");
                }))
                .isInstanceOfSatisfying(DmException.class, e -> {
                    assertThat(e.code()).isEqualTo(10003);
                    assertThat(e.getMessage()).isEqualTo("[code=10003:class=database:scope=not-set:level=high],"
                            + " Message: after 3 attempts: database driver, RawCause: invalid connection,"
                            + " Workaround: Please check the database connection, then use `pause-task` to stop"
                            + " the task and then use `resume-task` to resume the task.");
                    assertThat(e.getCause()).isInstanceOf(SQLRecoverableException.class);
                });
        assertThat(calls).hasValue(3);
    }

    @Test
    void doesNotRetryAnErrorDmDoesNotRecoverFrom() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> executor.execute("SELEC 1", () -> {
                    calls.incrementAndGet();
                    throw new SQLSyntaxErrorException("You have an error in your SQL syntax");
                }))
                .isInstanceOf(DmException.class)
                .hasMessage("[code=10006:class=database:scope=not-set:level=high],"
                        + " Message: execute statement failed: SELEC 1,"
                        + " RawCause: You have an error in your SQL syntax");
        assertThat(calls).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void retriesOnlyTheCodesDmRetries() {
        assertThat(RetryingExecutor.RETRYABLE_CODES).containsExactlyInAnyOrder(10002, 10003);
    }

    @Test
    void stopsWaitingWhenInterrupted() {
        RetryingExecutor interrupted = new RetryingExecutor(3, Duration.ofMillis(1), wait -> {
            throw new InterruptedException();
        });
        try {
            assertThatThrownBy(() -> interrupted.execute("SELECT 1", () -> {
                        throw new SQLTransientConnectionException("driver: bad connection");
                    }))
                    .isInstanceOfSatisfying(DmException.class, e -> assertThat(e.formattedMessage())
                            .isEqualTo("interrupted while waiting to retry: database driver"));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void rejectsAttemptsBelowOne() {
        assertThatThrownBy(() -> new RetryingExecutor(0, Duration.ZERO, waits::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be at least 1: 0");
    }
}
