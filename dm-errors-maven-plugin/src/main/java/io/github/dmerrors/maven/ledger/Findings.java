package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the findings of one run, each with its rule, so that every problem is reported at once.
 * Not thread-safe; one collector serves one run.
 */
final class Findings {
    private final List<Finding> found = new ArrayList<>();

    void error(Rule rule, SourceLocation location, String message) {
        found.add(new Finding(rule, new Diagnostic(Severity.ERROR, location, message)));
    }

    void warning(Rule rule, SourceLocation location, String message) {
        found.add(new Finding(rule, new Diagnostic(Severity.WARNING, location, message)));
    }

    /** Adds diagnostics that another reader reported, under {@code rule}. */
    void addAll(Rule rule, List<Diagnostic> diagnostics) {
        diagnostics.forEach(diagnostic -> found.add(new Finding(rule, diagnostic)));
    }

    void add(Finding finding) {
        found.add(finding);
    }

    void addAll(List<Finding> findings) {
        found.addAll(findings);
    }

    boolean hasErrors() {
        return found.stream().anyMatch(finding -> finding.diagnostic().severity() == Severity.ERROR);
    }

    /** Returns everything found, ordered by location; findings at one location keep their order. */
    List<Finding> all() {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(finding -> finding.diagnostic().location()));
        return List.copyOf(sorted);
    }
}
