package io.github.dmerrors.maven.catalogue;

import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * Reads one decoded, non-blank line: {@code NAME,[code=N:class=C:scope=S:level=L]}, optionally
 * followed by {@code , "TEXT"}. The bracket is read left to right and the first place where it
 * goes wrong is reported with what was expected there; reading the line any further would only
 * guess. The text is then handed to a {@link TextScanner}.
 *
 * <p>Values end at the first of {@code : ] [ , " =} so that a missing separator is reported where
 * it is missing ({@code code=1class=…} fails at {@code =}, not at the next key); what a value must
 * look like is checked later, by the validator.
 */
final class LineScanner {
    private static final String VALUE_END = ":][,\"=";
    private static final String TEXT_START = ", \"";

    private final String line;
    private final SourceLocation lineStart;
    private final Diagnostics diagnostics;
    private int position;

    private LineScanner(String line, SourceLocation lineStart, Diagnostics diagnostics) {
        this.line = line;
        this.lineStart = lineStart;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads {@code line}; returns its entry, or empty if its bracket is broken. Every problem found
     * is reported; an entry whose text is broken comes back without its text.
     */
    static Optional<CatalogueEntry> scan(String line, SourceLocation lineStart, Diagnostics diagnostics) {
        return new LineScanner(line, lineStart, diagnostics).scan();
    }

    private Optional<CatalogueEntry> scan() {
        while (position < line.length() && line.charAt(position) != ',' && line.charAt(position) != '[') {
            position++;
        }
        Field name = field(0, position);
        if (!expect(",")) {
            return Optional.empty();
        }
        Field code = expect("[") ? keyed("code=", "code") : null;
        Field errorClass = code != null ? keyed(":class=", "class") : null;
        Field scope = errorClass != null ? keyed(":scope=", "scope") : null;
        Field level = scope != null ? keyed(":level=", "level") : null;
        if (level == null || !expect("]")) {
            return Optional.empty();
        }
        Field none = field(position, position);
        CatalogueEntry withoutText = new CatalogueEntry(lineStart, name, code, errorClass, scope, level, false, none, none);
        String rest = line.substring(position);
        if (rest.isBlank()) {
            if (!rest.isEmpty()) {
                diagnostics.warning(at(position), "trailing whitespace after ']' is ignored");
            }
            return Optional.of(withoutText);
        }
        // A broken text still leaves a readable name, code, class, scope and level, which the
        // validator checks too, so that one run reports every problem of the line.
        if (!expect(TEXT_START)) {
            return Optional.of(withoutText);
        }
        return Optional.of(TextScanner.scan(line, position - 1, lineStart, diagnostics)
                .map(text -> new CatalogueEntry(
                        lineStart, name, code, errorClass, scope, level, true,
                        text.message(), text.workaround()))
                .orElse(withoutText));
    }

    /** Reads {@code key} and the value after it; null after reporting a problem. */
    private Field keyed(String key, String noun) {
        if (!expect(key)) {
            return null;
        }
        int start = position;
        while (position < line.length() && VALUE_END.indexOf(line.charAt(position)) < 0) {
            position++;
        }
        if (position == start) {
            diagnostics.error(at(position), "expected a " + noun + " after '" + noun + "=', found "
                    + found(1));
            return null;
        }
        return field(start, position);
    }

    private boolean expect(String token) {
        if (line.startsWith(token, position)) {
            position += token.length();
            return true;
        }
        diagnostics.error(at(position), "expected '" + token + "', found " + found(token.length()));
        return false;
    }

    /** Quotes what stands where a token of {@code length} characters was expected. */
    private String found(int length) {
        if (position >= line.length()) {
            return "end of line";
        }
        return "'" + line.substring(position, Math.min(line.length(), position + length)) + "'";
    }

    private Field field(int start, int end) {
        return new Field(line.substring(start, end), at(start));
    }

    private SourceLocation at(int index) {
        return lineStart.atColumn(index + 1);
    }
}
