package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.guide.ErrorGuide;
import io.github.dmerrors.maven.guide.Guide;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.FactoryParameter;
import io.github.dmerrors.maven.output.JsonStrings;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes {@code errors.json}: one array of objects in code order, every field of an entry and the
 * parameters of its typed factory, indented by two spaces, with a fixed key order so that the same
 * catalogue always gives the same bytes and a diff shows what changed. With a guide, every entry
 * also has {@code description} and {@code handling}, empty where the guide says nothing; without
 * one, neither key is written, so the file is what it was before guides.
 */
final class JsonRenderer {
    /**
     * The start of what {@link #render} writes (a catalogue has at least one entry): the first
     * entry, its first keys in this renderer's order and indentation. JSON has no comments to carry
     * a header.
     */
    private static final Pattern START = Pattern.compile("\\[\n  \\{\n    \"code\": -?[0-9]+,\n"
            + "    \"name\": \"[^\n]*\",\n    \"class\": \"[^\n]*\",\n    \"scope\": \"");

    private JsonRenderer() {}

    /** Tells whether {@code content} is an {@code errors.json} as this renderer writes one. */
    static boolean wrote(String content) {
        return START.matcher(content).lookingAt();
    }

    static String render(ErrorReference reference) {
        List<ErrorDefinition> errors = reference.errors();
        if (errors.isEmpty()) {
            return "[]\n";
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < errors.size(); i++) {
            entry(json, errors.get(i), reference.guide());
            json.append(i + 1 < errors.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    private static void entry(StringBuilder json, ErrorDefinition error, Guide guide) {
        json.append("  {\n")
                .append("    \"code\": ").append(error.code()).append(",\n")
                .append("    \"name\": ").append(JsonStrings.quote(error.name())).append(",\n")
                .append("    \"class\": ").append(JsonStrings.quote(error.errorClass().name())).append(",\n")
                .append("    \"scope\": ").append(JsonStrings.quote(error.scope().toString())).append(",\n")
                .append("    \"level\": ").append(JsonStrings.quote(error.level().toString())).append(",\n")
                .append("    \"message\": ").append(JsonStrings.quote(error.message())).append(",\n")
                .append("    \"workaround\": ").append(JsonStrings.quote(error.workaround())).append(",\n");
        if (guide.given()) {
            Optional<ErrorGuide> entry = guide.of(error);
            json.append("    \"description\": ")
                    .append(JsonStrings.quote(entry.map(text -> text.description().text()).orElse(""))).append(",\n")
                    .append("    \"handling\": ")
                    .append(JsonStrings.quote(entry.map(text -> text.handling().text()).orElse(""))).append(",\n");
        }
        json.append("    \"parameters\": ");
        List<FactoryParameter> parameters = error.parameters();
        if (parameters.isEmpty()) {
            json.append("[]\n");
        } else {
            json.append("[\n");
            for (int i = 0; i < parameters.size(); i++) {
                parameter(json, parameters.get(i));
                json.append(i + 1 < parameters.size() ? ",\n" : "\n");
            }
            json.append("    ]\n");
        }
        json.append("  }");
    }

    /** One parameter on one line: its name, its Java type, and the directives that format it. */
    private static void parameter(StringBuilder json, FactoryParameter parameter) {
        json.append("      {\"name\": ").append(JsonStrings.quote(parameter.name()))
                .append(", \"type\": ").append(JsonStrings.quote(parameter.type().javaName()))
                .append(", \"directives\": ").append(JsonStrings.quote(parameter.directives()))
                .append('}');
    }
}
