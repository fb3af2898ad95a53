package io.github.dmerrors.maven.docs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code explain} has to say: the lines to print, one log line each, and, when the error
 * asked about does not exist, the one-line problem that fails the build.
 *
 * @param lines the lines to print, in order, none holding a line break
 * @param problem why nothing was found, if nothing was
 */
public record Explanation(List<String> lines, Optional<String> problem) {
    public Explanation {
        lines = List.copyOf(lines);
        Objects.requireNonNull(problem, "problem == null");
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a line break inside a line: " + line);
            }
        }
    }

    /** Tells whether the error asked about was found. */
    public boolean found() {
        return problem.isEmpty();
    }
}
