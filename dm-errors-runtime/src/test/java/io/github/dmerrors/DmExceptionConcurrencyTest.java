package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.testing.TestTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DmExceptionConcurrencyTest {
    /** How long a thread may take: far longer than it needs, and no hang holds the build forever. */
    private static final long WAIT_MILLIS = TestTime.scaled(Duration.ofMinutes(1)).toMillis();
    private static final int THREADS = 16;
    private static final int PER_THREAD = 2_000;

    @Test
    void formatsCorrectlyFromManyThreadsAtOnce() throws Exception {
        // A fresh entry, so that the threads also race to parse its template on first use.
        DmError error = DmError.of(
                10006, "ErrDBExecuteFailed", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.HIGH,
                "execute %s failed on %d", "retry");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                wrong.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        String statement = "stmt-" + thread + "-" + i;
                        String expected = "[code=10006:class=database:scope=not-set:level=high],"
                                + " Message: execute " + statement + " failed on " + i + ", Workaround: retry";
                        String actual = error.generate(statement, i).getMessage();
                        if (!actual.equals(expected)) {
                            mismatches.add(actual);
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            for (Future<List<String>> mismatches : wrong) {
                assertThat(mismatches.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formatsOneSharedExceptionTheSameForEveryThread() throws Exception {
        DmException shared = SampleErrors.QUERY_FAILED.generate("SELECT 1");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> texts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                texts.add(pool.submit(() -> {
                    start.await();
                    return shared.getMessage();
                }));
            }
            start.countDown();
            for (Future<String> text : texts) {
                assertThat(text.get(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(
                        "[code=10005:class=database:scope=not-set:level=high],"
                                + " Message: query statement failed: SELECT 1");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
