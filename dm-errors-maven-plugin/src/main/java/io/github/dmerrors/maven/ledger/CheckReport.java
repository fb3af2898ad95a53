package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import io.github.dmerrors.maven.output.JsonStrings;
import java.util.List;
import java.util.Locale;

/**
 * The {@code check} goal's findings as JSON, for CI annotations: every diagnostic with its file,
 * line, column, severity, rule and message. Written by hand to need no library; one diagnostic a
 * line, in the order of the build's output.
 */
final class CheckReport {
    private CheckReport() {}

    static String json(CheckRequest request, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream()
                .filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
                .count();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"catalogue\": ").append(JsonStrings.quote(request.catalogue().toString())).append(",\n");
        json.append("  \"ledger\": ").append(JsonStrings.quote(request.ledger().toString())).append(",\n");
        json.append("  \"errors\": ").append(errors).append(",\n");
        json.append("  \"warnings\": ").append(diagnostics.size() - errors).append(",\n");
        json.append("  \"diagnostics\": [");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic diagnostic = diagnostics.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"file\": ").append(JsonStrings.quote(diagnostic.location().file().toString()))
                    .append(", \"line\": ").append(diagnostic.location().line())
                    .append(", \"column\": ").append(diagnostic.location().column())
                    .append(", \"severity\": ").append(JsonStrings.quote(diagnostic.severity().name().toLowerCase(Locale.ROOT)))
                    .append(", \"rule\": ").append(JsonStrings.quote(diagnostic.rule().orElse(Rule.CATALOGUE.id())))
                    .append(", \"message\": ").append(JsonStrings.quote(diagnostic.message()))
                    .append('}');
        }
        return json.append(diagnostics.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }
}
