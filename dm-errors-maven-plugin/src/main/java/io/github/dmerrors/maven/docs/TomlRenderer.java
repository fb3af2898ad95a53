package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.model.ErrorDefinition;

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
    private TomlRenderer() {}

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
