package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.testing.TestTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What {@code DmExceptionConcurrencyTest} leaves out: many entries used for the first time at
 * once, every operation of one shared exception at once, and the stack trace policy changed while
 * exceptions are being created. Every thread must see exactly what one thread alone would.
 */
class DmExceptionSharedUseTest {
    /** How long a thread may take: far longer than it needs, and no hang holds the build forever. */
    private static final long WAIT_MILLIS = TestTime.scaled(Duration.ofMinutes(1)).toMillis();
    private static final int THREADS = 12;

    /** Runs {@code task} on {@link #THREADS} threads released together; returns each result. */
    private static <T> List<T> onAllThreads(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formatsManyEntriesUsedForTheFirstTimeAtOnce() throws Exception {
        List<DmError> errors = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            errors.add(DmError.of(40_000 + i, "ErrFresh" + i, ErrorClass.SYNC_UNIT, ErrorScope.INTERNAL, ErrorLevel.LOW,
                    "entry %d of %s: %q %x", "retry " + i));
        }

        List<List<String>> seen = onAllThreads(() -> errors.stream()
                .map(error -> error.generate(error.code(), "t", "q", error.code()).getMessage())
                .toList());

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            int code = 40_000 + i;
            expected.add("[code=" + code + ":class=sync-unit:scope=internal:level=low], Message: entry " + code
                    + " of t: \"q\" " + Integer.toHexString(code) + ", Workaround: retry " + i);
        }
        assertThat(seen).allSatisfy(messages -> assertThat(messages).isEqualTo(expected));
    }

    @Test
    void givesEveryThreadTheSameResultsFromOneSharedException() throws Exception {
        DmException shared = SampleErrors.BAD_CONN.delegate(new IllegalStateException("reset"), List.of(1, 2));

        List<List<String>> seen = onAllThreads(() -> List.of(
                shared.toString(),
                shared.annotate("while loading").getMessage(),
                shared.withScope(ErrorScope.DOWNSTREAM).getMessage(),
                shared.withClass(ErrorClass.HA).getMessage(),
                shared.getMessage()));

        String text = "[code=10002:class=database:scope=upstream:level=medium], Message: bad connection"
                + "%!(EXTRA []interface {}=[1 2]), RawCause: reset, Workaround: please check your network connection";
        assertThat(seen).containsOnly(List.of(
                DmException.class.getName() + ": " + text,
                text.replace("Message: bad", "Message: while loading: bad"),
                text.replace("scope=upstream", "scope=downstream"),
                text.replace("class=database", "class=ha"),
                text));
    }

    @Test
    @WithStackTracePolicy(StackTracePolicy.FROM_MEDIUM)
    @ResourceLock(WithStackTracePolicy.LOCK)
    void createsConsistentExceptionsWhileThePolicyChanges() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread flipper = new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                StackTracePolicy.setCurrent(i % 2 == 0 ? StackTracePolicy.NEVER : StackTracePolicy.ALWAYS);
            }
        });
        flipper.start();
        try {
            List<List<String>> wrong = onAllThreads(() -> {
                List<String> mismatches = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    DmException e = SampleErrors.QUERY_FAILED.generate("q" + i);
                    String expected = "[code=10005:class=database:scope=not-set:level=high],"
                            + " Message: query statement failed: q" + i;
                    // Either policy may apply, but the stack is all or nothing and the text is right.
                    boolean stackConsistent = e.getStackTrace().length == 0
                            || e.getStackTrace()[0].getClassName().startsWith("io.github.dmerrors.");
                    if (!e.getMessage().equals(expected) || !stackConsistent) {
                        mismatches.add(e.getMessage());
                    }
                }
                return mismatches;
            });
            assertThat(wrong).allSatisfy(mismatches -> assertThat(mismatches).isEmpty());
        } finally {
            running.set(false);
            flipper.join();
        }
    }
}
