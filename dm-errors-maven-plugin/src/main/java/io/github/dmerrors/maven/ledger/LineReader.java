package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.model.CodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the event of one ledger line, reporting the first field that is wrong at its column. A
 * code is read by the catalogue's rule, and a quoted field is cut as the catalogue's diagnostics
 * cut theirs.
 */
final class LineReader {
    private final SourceLocation lineStart;
    private final Diagnostics diagnostics;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    private LineReader(String line, SourceLocation lineStart, Diagnostics diagnostics) {
        this.lineStart = lineStart;
        this.diagnostics = diagnostics;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ' ') {
                fields.add(line.substring(start, i));
                columns.add(start + 1);
                start = i + 1;
            }
        }
    }

    static Optional<LedgerEvent> read(String line, SourceLocation lineStart, Diagnostics diagnostics) {
        return new LineReader(line, lineStart, diagnostics).read();
    }

    private Optional<LedgerEvent> read() {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isEmpty()) {
                return fail(i, "empty field; fields are separated by one space");
            }
        }
        Optional<String> problem = CodeReader.problemWith(fields.get(0));
        if (problem.isPresent()) {
            return fail(0, "invalid code '" + Excerpt.of(fields.get(0)) + "': " + problem.get());
        }
        int code = Integer.parseInt(fields.get(0));
        if (fields.size() < 2) {
            return fail(0, "missing event after the code; events are " + EventKind.words());
        }
        Optional<EventKind> kind = EventKind.of(fields.get(1));
        if (kind.isEmpty()) {
            return fail(1, "unknown event '" + Excerpt.of(fields.get(1)) + "'; events are " + EventKind.words());
        }
        int expected = kind.get().hasAttributes() ? 6 : kind.get() == EventKind.RENAMED ? 4 : 3;
        if (fields.size() != expected) {
            return fail(fields.size() > expected ? expected : 1, "'" + kind.get().word() + "' takes "
                    + usage(kind.get()) + ", found " + (fields.size() - 2) + " fields after it");
        }
        for (int i = 2; i < (kind.get() == EventKind.RENAMED ? 4 : 3); i++) {
            if (!isName(fields.get(i))) {
                return fail(i, "invalid name '" + Excerpt.of(fields.get(i)) + "'");
            }
        }
        if (kind.get() == EventKind.RENAMED) {
            return Optional.of(LedgerEvent.renamed(code, fields.get(2), fields.get(3)));
        }
        if (!kind.get().hasAttributes()) {
            return Optional.of(LedgerEvent.retired(code, fields.get(2)));
        }
        Optional<String> errorClass = value(3, "class");
        Optional<String> scope = errorClass.flatMap(valid -> value(4, "scope"));
        Optional<String> level = scope.flatMap(valid -> value(5, "level"));
        return level.map(valid -> LedgerEvent.of(code, kind.get(), fields.get(2),
                new Attributes(errorClass.get(), scope.get(), level.get())));
    }

    private Optional<String> value(int index, String key) {
        String field = fields.get(index);
        if (!field.startsWith(key + "=")) {
            fail(index, "expected " + key + "=…, found '" + Excerpt.of(field) + "'");
            return Optional.empty();
        }
        String value = field.substring(key.length() + 1);
        try {
            switch (key) {
                case "class" -> {
                    if (!ErrorClass.isValidName(value)) {
                        throw new IllegalArgumentException("invalid class '" + Excerpt.of(value) + "'");
                    }
                }
                case "scope" -> ErrorScope.of(value);
                default -> ErrorLevel.of(value);
            }
        } catch (IllegalArgumentException e) {
            fail(index, e.getMessage().replace(value, Excerpt.of(value)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<LedgerEvent> fail(int index, String message) {
        diagnostics.error(lineStart.atColumn(columns.get(index)), message);
        return Optional.empty();
    }

    private static String usage(EventKind kind) {
        return switch (kind) {
            case RENAMED -> "the old and the new name";
            case RETIRED -> "the name";
            default -> "a name, class=…, scope=… and level=…";
        };
    }

    /**
     * Tells whether {@code field} can be a name. Names come from the catalogue, whose validator is
     * stricter; this only keeps a line readable and its fields apart.
     */
    static boolean isName(String field) {
        return !field.isEmpty() && Character.isJavaIdentifierStart(field.codePointAt(0))
                && field.codePoints().allMatch(Character::isJavaIdentifierPart)
                && field.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }
}
