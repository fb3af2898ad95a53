package io.github.dmerrors.maven.generate;

/**
 * Makes catalogue text safe to put in a Javadoc comment and correct to read there.
 *
 * <p>Catalogue text is data, never markup or code. javac reads unicode escapes before it reads
 * comments, so a <code>&#92;u002a/</code> or <code>&#92;u000a</code> in the text would end the comment or the line;
 * a {@code *}{@code /} would end it directly; {@code @} could start a block or inline tag; and
 * {@code <}, {@code >}, {@code &} are HTML. Each is written as an HTML character reference, which
 * javac ignores and Javadoc renders as the original character. Invisible characters (controls,
 * bidirectional overrides, zero-width marks) are shown as <code>&#92;uXXXX</code> so a reader sees them.
 */
final class JavadocText {
    private JavadocText() {}

    /** Returns {@code text} as Javadoc HTML; a newline becomes a line break. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '\n' -> out.append("<br>\n");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (isInvisible(c)) {
                        out.append("&#92;u").append(String.format("%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Tells whether {@code c} prints as nothing, or as something other than itself, in an editor:
     * controls (a lone carriage return is a line break to javac), format characters such as
     * U+202E RIGHT-TO-LEFT OVERRIDE or U+200B ZERO WIDTH SPACE, line and paragraph separators, and
     * private-use or unassigned characters. A tab is visible enough.
     */
    static boolean isInvisible(char c) {
        if (c == '\t') {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
