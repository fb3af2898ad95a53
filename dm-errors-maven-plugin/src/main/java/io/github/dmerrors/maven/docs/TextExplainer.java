package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.guide.Guide;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code explain} for a text an operator has: every error DM printed in it (see
 * {@link ReportedErrors}), each explained as for its code, followed by what the text said — the
 * message as printed and the raw cause it carried. A code the catalogue lacks is listed with the
 * nearest codes and fails the goal, after the others are explained; so does a text without any
 * error.
 */
final class TextExplainer {
    private TextExplainer() {}

    static Explanation explain(List<ErrorDefinition> errors, Guide guide, String catalogueName, String text) {
        List<ReportedError> reported = ReportedErrors.in(text);
        if (reported.isEmpty()) {
            return new Explanation(List.of("No DM error text ([code=…:class=…:scope=…:level=…]) and no"
                    + " query-status error object in the text given."),
                    Optional.of("dm-errors: the text given holds no DM error; give a log line, query-status output"
                            + " or an OpenAPI error response"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(reported.size() == 1 ? "The text holds 1 error." : "The text holds " + reported.size() + " errors.");
        int unknown = 0;
        for (ReportedError error : reported) {
            lines.add("");
            Optional<ErrorDefinition> known = errors.stream().filter(entry -> entry.code() == error.code()).findFirst();
            if (known.isEmpty()) {
                unknown++;
                lines.addAll(Explainer.notFound("has code " + error.code(), catalogueName, "codes",
                        NearestErrors.byCode(errors, error.code())).lines());
                reportedParts(lines, error);
                continue;
            }
            lines.addAll(Explainer.lines(known.get(), guide));
            if (!error.errorClass().isEmpty() && !error.errorClass().equals(known.get().errorClass().name())) {
                Explainer.field(lines, "note", "the text gives class " + error.errorClass() + ", the catalogue "
                        + known.get().errorClass());
            }
            reportedParts(lines, error);
        }
        if (!guide.troubleshooting().isEmpty()) {
            lines.add("");
            Explainer.troubleshooting(lines, guide);
        }
        Optional<String> problem = unknown == 0 ? Optional.empty() : Optional.of("dm-errors: " + unknown + " of "
                + reported.size() + " errors in the text " + (unknown == 1 ? "is" : "are") + " not in "
                + catalogueName);
        return new Explanation(lines, problem);
    }

    /** What the text said about the error: its message as printed, its raw cause, its workaround if it differs. */
    private static void reportedParts(List<String> lines, ReportedError error) {
        if (!error.message().isEmpty()) {
            Explainer.field(lines, "printed", error.message());
        }
        Explainer.field(lines, "raw cause", error.rawCause().orElse("(none in the text)"));
    }
}
