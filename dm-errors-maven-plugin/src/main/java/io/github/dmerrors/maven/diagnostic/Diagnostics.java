package io.github.dmerrors.maven.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found in a run instead of stopping at the first, so that a user fixes
 * them all at once. Never throws: the caller asks {@link #hasErrors()} and generates nothing while
 * it is true. Not thread-safe; one collector serves one run.
 */
public final class Diagnostics {
    private final List<Diagnostic> reported = new ArrayList<>();

    /** Reports an error at {@code location}. */
    public void error(SourceLocation location, String message) {
        add(new Diagnostic(Severity.ERROR, location, message));
    }

    /** Reports a warning at {@code location}. */
    public void warning(SourceLocation location, String message) {
        add(new Diagnostic(Severity.WARNING, location, message));
    }

    /** Reports {@code diagnostic} as it is, rule and all. */
    public void add(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    /** Reports {@code diagnostics}, those without a rule under {@code ruleId}. */
    public void addAll(String ruleId, List<Diagnostic> diagnostics) {
        diagnostics.forEach(diagnostic -> add(diagnostic.withDefaultRule(ruleId)));
    }

    /** Tells whether any error was reported. */
    public boolean hasErrors() {
        return reported.stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    }

    /** Returns everything reported, ordered by location; reports at one location keep their order. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(reported);
        sorted.sort(Comparator.comparing(Diagnostic::location));
        return List.copyOf(sorted);
    }

    /** Throws a {@link InvalidInputException} with every diagnostic if any error was reported. */
    public void throwIfErrors() throws InvalidInputException {
        if (hasErrors()) {
            throw new InvalidInputException(all());
        }
    }
}
