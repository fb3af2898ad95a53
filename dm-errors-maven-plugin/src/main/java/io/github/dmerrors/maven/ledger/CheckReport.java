package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The {@code check} goal's findings as JSON, for CI annotations: every diagnostic with its file,
 * line, column, severity, rule and message. Written by hand to need no library; one diagnostic a
 * line, in the order of the build's output.
 */
final class CheckReport {
    private CheckReport() {}

    static String json(CheckRequest request, List<Finding> findings) {
        long errors = findings.stream()
                .filter(finding -> finding.diagnostic().severity() == Severity.ERROR)
                .count();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"catalogue\": ").append(quote(request.catalogue().toString())).append(",\n");
        json.append("  \"ledger\": ").append(quote(request.ledger().toString())).append(",\n");
        json.append("  \"errors\": ").append(errors).append(",\n");
        json.append("  \"warnings\": ").append(findings.size() - errors).append(",\n");
        json.append("  \"diagnostics\": [");
        for (int i = 0; i < findings.size(); i++) {
            Diagnostic diagnostic = findings.get(i).diagnostic();
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"file\": ").append(quote(diagnostic.location().file().toString()))
                    .append(", \"line\": ").append(diagnostic.location().line())
                    .append(", \"column\": ").append(diagnostic.location().column())
                    .append(", \"severity\": ").append(quote(diagnostic.severity().name().toLowerCase(Locale.ROOT)))
                    .append(", \"rule\": ").append(quote(findings.get(i).rule().id()))
                    .append(", \"message\": ").append(quote(diagnostic.message()))
                    .append('}');
        }
        return json.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /**
     * Returns {@code text} as a JSON string. Escapes what JSON requires, and a surrogate that is
     * not half of a pair, which UTF-8 cannot encode; everything else is written as is.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '\b' -> quoted.append("\\b");
                case '\f' -> quoted.append("\\f");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (paired) {
                        quoted.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
