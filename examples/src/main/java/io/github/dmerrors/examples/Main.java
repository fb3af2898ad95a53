package io.github.dmerrors.examples;

import io.github.dmerrors.DmException;
import java.io.PrintStream;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The example's command line: {@code lookup <code|name>} describes an error, {@code demo} runs a
 * flaky call that recovers and a bad statement that does not.
 */
public final class Main {
    private Main() {}

    /**
     * Runs the command line.
     *
     * @param args {@code lookup <code|name>} or {@code demo}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("lookup")) {
            return ErrorLookup.find(args[1])
                    .map(error -> {
                        out.print(ErrorLookup.describe(error));
                        return 0;
                    })
                    .orElseGet(() -> {
                        err.println("no error " + args[1] + " in DM's catalogue");
                        return 1;
                    });
        }
        if (args.length == 1 && args[0].equals("demo")) {
            demo(out);
            return 0;
        }
        err.println("usage: Main lookup <code|name> | Main demo");
        return 2;
    }

    private static void demo(PrintStream out) {
        RetryingExecutor executor = new RetryingExecutor(3, Duration.ofMillis(10), wait -> Thread.sleep(wait.toMillis()));
        AtomicInteger calls = new AtomicInteger();
        int rows = executor.execute("SELECT 1", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new SQLTransientConnectionException("driver: bad connection");
            }
            return 1;
        });
        out.println("recovered after " + calls.get() + " attempts: " + rows + " row");
        try {
            executor.execute("SELEC 1", () -> {
                throw new SQLSyntaxErrorException("You have an error in your SQL syntax");
            });
        } catch (DmException e) {
            out.println(e.getMessage());
        }
    }
}
