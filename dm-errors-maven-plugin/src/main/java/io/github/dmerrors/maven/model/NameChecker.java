package io.github.dmerrors.maven.model;

import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
import io.github.dmerrors.maven.text.HiddenCharacters;
import java.util.Set;

/**
 * Checks that an entry's name can be both DM's Go identifier and the generated Java constant: a
 * Unicode letter or {@code _}, then letters, digits or {@code _}, and no keyword of either
 * language. That is the intersection of the two grammars: Java alone would also allow {@code $},
 * currency signs and ignorable format characters, which Go rejects and which would make two names
 * that look alike differ. A name must also fit in a class file, with its factory's {@code new}.
 */
final class NameChecker {
    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "_");
    private static final Set<String> JAVA_LITERALS = Set.of("true", "false", "null");
    private static final Set<String> GO_KEYWORDS = Set.of(
            "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
            "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
            "select", "struct", "switch", "type", "var");

    /**
     * The longest name, in modified UTF-8, whose factory method {@code new<name>} still fits in a
     * class file's name constant. Go has no limit.
     */
    static final int MAX_BYTES = CatalogueValidator.MAX_CONSTANT_BYTES - "new".length();

    private NameChecker() {}

    /** Reports what is wrong with {@code name}, if anything; returns whether it is valid. */
    static boolean check(Field name, Diagnostics diagnostics) {
        String value = name.value();
        if (value.isEmpty()) {
            diagnostics.error(name.location(), "missing name before ','");
            return false;
        }
        String quoted = "invalid name '" + printable(Excerpt.of(value)) + "': ";
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int c = value.codePointAt(i);
            if (i == 0 && !(Character.isLetter(c) || c == '_')) {
                diagnostics.error(name.location(),
                        quoted + "a name starts with a letter or '_', not " + describe(c));
                return false;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                diagnostics.error(name.location().atColumn(name.location().column() + i),
                        quoted + describe(c) + " is not a letter, digit or '_'");
                return false;
            }
        }
        long bytes = CatalogueValidator.modifiedUtf8Length(value);
        if (bytes > MAX_BYTES) {
            diagnostics.error(name.location(), quoted + "too long for a Java class file: " + bytes
                    + " bytes in modified UTF-8, at most " + MAX_BYTES + " so that 'new' and the name, its"
                    + " factory method, fit too");
            return false;
        }
        String kind = JAVA_KEYWORDS.contains(value) ? "a Java keyword"
                : JAVA_LITERALS.contains(value) ? "a Java literal"
                : GO_KEYWORDS.contains(value) ? "a Go keyword"
                : null;
        if (kind != null) {
            diagnostics.error(name.location(), quoted + "it is " + kind);
            return false;
        }
        return true;
    }

    /** Quotes a visible character; names an invisible one by its code point, the one thing to search for. */
    private static String describe(int c) {
        return isVisible(c) ? "'" + Character.toString(c) + "'" : String.format("U+%04X", c);
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints()
                .forEach(c -> out.append(isVisible(c) ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    /**
     * The {@linkplain HiddenCharacters one policy}, and in a name also every space but ' ' and the
     * tab: quoted, a no-break space or a tab would look like the space that ends the name.
     */
    private static boolean isVisible(int c) {
        return c == ' ' || !(HiddenCharacters.isHidden(c) || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
