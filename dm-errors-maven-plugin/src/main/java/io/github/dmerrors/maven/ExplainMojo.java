package io.github.dmerrors.maven;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.docs.ErrorQuery;
import io.github.dmerrors.maven.docs.Explainer;
import io.github.dmerrors.maven.docs.Explanation;
import io.github.dmerrors.maven.docs.ExplainRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Explains one error of a DM error catalogue: {@code mvn dm-errors:explain -Ddm-errors.code=10002}
 * or {@code -Ddm-errors.name=ErrDBBadConn} prints its class, scope and level with what each
 * means, its message and its workaround, and what the guide says it means and how to handle it;
 * {@code -Ddm-errors.text="…"} explains every error DM printed in a log line, {@code query-status}
 * output or an OpenAPI response. An unknown code or name fails, naming the nearest ones. Runs
 * without a POM too.
 *
 * <p>The answer is the goal's output, not a record of its work: at Maven's usual log level it is
 * logged at INFO; under {@code -q}, where INFO is off, it is printed as plain lines to standard
 * output, so that {@code mvn -q dm-errors:explain -Ddm-errors.code=10002} prints the answer and
 * nothing else, as {@code mvn -q help:evaluate -DforceStdout} does for a value.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public final class ExplainMojo extends DmErrorsMojo {
    /** The code of the error to explain, such as {@code 10002} or {@code DM-database-10002}. */
    @Parameter(property = "dm-errors.code")
    private String code;

    /** The name of the error to explain, such as {@code ErrDBBadConn}; instead of {@code code}. */
    @Parameter(property = "dm-errors.name")
    private String name;

    /**
     * A text in which DM printed errors, instead of {@code code} or {@code name}: a log line,
     * {@code query-status} output or an OpenAPI error response. Every error in it is explained,
     * with the raw cause it carried.
     */
    @Parameter(property = "dm-errors.text")
    private String text;

    @Override
    void run() throws IOException, InvalidInputException, MojoFailureException {
        ExplainRequest request = BuildFailures.validated(() -> new ExplainRequest(
                catalogue(),
                paths().baseDirectory(),
                extraClasses(),
                ErrorQuery.of(code, name, text),
                classesElsewhere(),
                guide()));
        Explanation explanation = Explainer.run(request);
        if (explanation.found()) {
            print(explanation.lines());
        } else {
            explanation.lines().forEach(getLog()::error);
            throw new MojoFailureException(explanation.problem().orElseThrow());
        }
    }

    private void print(List<String> answer) {
        if (getLog().isInfoEnabled()) {
            answer.forEach(getLog()::info);
        } else {
            PrintStream out = System.out;
            answer.forEach(out::println);
            out.flush();
        }
    }

    @Override
    String task() {
        return "read " + catalogue();
    }
}
