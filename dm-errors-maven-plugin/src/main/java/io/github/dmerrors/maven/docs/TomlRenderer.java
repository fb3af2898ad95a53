package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.regex.Pattern;

/**
 * Writes {@code errors.toml} exactly as DM's tooling does, so that a project can feed TiDB's
 * documentation tooling without DM's Go generator: one table per entry in code order, named
 * {@code error.DM-<class>-<code>}, its four keys in DM's order, and an empty line after each
 * entry, the last one included. DM leaves {@code description} empty, and so does this unless the
 * catalogue's guide describes the error: then it holds the guide's description, paragraphs
 * separated by an empty line. Without a guide the file is DM's, byte for byte. The message is the
 * raw template, its Go verbs kept.
 */
final class TomlRenderer {
    /**
     * The start of what {@link #render} writes (a catalogue has at least one entry): the first
     * entry, its four keys in DM's order. DM's format has no room for a header, and no hand-written
     * file starts so: only DM's tooling and this renderer write it.
     */
    private static final Pattern START = Pattern.compile("\\[error\\.\"?DM-[^\n]*\\]\nmessage = \"[^\n]*\n"
            + "description = \"[^\n]*\nworkaround = \"[^\n]*\ntags = \\[\"");

    private TomlRenderer() {}

    /** Tells whether {@code content} is an {@code errors.toml} as this renderer (or DM) writes one. */
    static boolean wrote(String content) {
        return START.matcher(content).lookingAt();
    }

    static String render(ErrorReference reference) {
        StringBuilder toml = new StringBuilder();
        for (ErrorDefinition error : reference.errors()) {
            toml.append("[error.")
                    .append(TomlStrings.key("DM-" + error.errorClass().name() + "-" + error.code()))
                    .append("]\n")
                    .append("message = ").append(TomlStrings.quote(error.message())).append('\n')
                    .append("description = ").append(TomlStrings.quote(reference.guide().of(error)
                            .map(entry -> entry.description().text()).orElse(""))).append('\n')
                    .append("workaround = ").append(TomlStrings.quote(error.workaround())).append('\n')
                    .append("tags = [")
                    .append(TomlStrings.quote(error.scope().toString()))
                    .append(", ")
                    .append(TomlStrings.quote(error.level().toString()))
                    .append("]\n\n");
        }
        return toml.toString();
    }
}
