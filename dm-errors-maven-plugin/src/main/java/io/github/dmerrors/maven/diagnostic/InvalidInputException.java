package io.github.dmerrors.maven.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's input has errors — a catalogue, a ledger, or a catalogue held against its ledger and
 * its git bases: every diagnostic of the run (errors and any warnings), each of which the build
 * reports on its own line. This is a problem in the user's input, not in the plugin.
 */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Returns every diagnostic of the run, in order of location. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        return errors + (errors == 1 ? " error" : " errors") + System.lineSeparator()
                + diagnostics.stream().map(Diagnostic::toString)
                        .collect(Collectors.joining(System.lineSeparator()));
    }
}
