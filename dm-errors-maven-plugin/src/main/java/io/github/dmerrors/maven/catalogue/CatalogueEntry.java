package io.github.dmerrors.maven.catalogue;

import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * One line of a catalogue as written: the values are unchecked strings, except that the text is
 * decoded ({@code \n} is a real newline) and split into message and workaround. Each field knows
 * where it starts, so that a later check reports the exact column.
 *
 * @param location where the line starts
 * @param name the name, everything before the first {@code ,}; may be empty
 * @param code the value after {@code code=}, not empty
 * @param errorClass the value after {@code class=}, not empty
 * @param scope the value after {@code scope=}, not empty
 * @param level the value after {@code level=}, not empty
 * @param hasText whether the line has a quoted text after the bracket
 * @param message the decoded message, empty if none; when absent, located where the text starts
 *     or would start
 * @param workaround the decoded workaround, empty if none; when absent, located like an absent
 *     message
 */
public record CatalogueEntry(
        SourceLocation location,
        Field name,
        Field code,
        Field errorClass,
        Field scope,
        Field level,
        boolean hasText,
        Field message,
        Field workaround) {
    public CatalogueEntry {
        Objects.requireNonNull(location, "location == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(errorClass, "errorClass == null");
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(workaround, "workaround == null");
        if (!hasText && !(message.value().isEmpty() && workaround.value().isEmpty())) {
            throw new IllegalArgumentException("a line without text has no message and no workaround");
        }
    }

    /**
     * One value of a line and where it starts.
     *
     * @param value the value, as written (the message and workaround decoded)
     * @param location the position of its first character
     */
    public record Field(String value, SourceLocation location) {
        public Field {
            Objects.requireNonNull(value, "value == null");
            Objects.requireNonNull(location, "location == null");
        }
    }
}
