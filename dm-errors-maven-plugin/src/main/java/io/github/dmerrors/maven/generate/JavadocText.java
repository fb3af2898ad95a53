package io.github.dmerrors.maven.generate;

import io.github.dmerrors.maven.text.HiddenCharacters;

/**
 * Makes catalogue text safe to put in a Javadoc comment and correct to read there.
 *
 * <p>Catalogue text is data, never markup or code. javac reads unicode escapes before it reads
 * comments, so a <code>&#92;u002a/</code> or <code>&#92;u000a</code> in the text would end the comment or the line;
 * a {@code *}{@code /} would end it directly; {@code @} could start a block or inline tag; and
 * {@code <}, {@code >}, {@code &} are HTML. Each is written as an HTML character reference, which
 * javac ignores and Javadoc renders as the original character. {@linkplain HiddenCharacters Hidden
 * characters} (controls, bidirectional overrides, zero-width marks, private-use characters) are
 * shown as <code>&#92;uXXXX</code> so a reader sees them.
 */
final class JavadocText {
    private JavadocText() {}

    /** Returns {@code text} as Javadoc HTML; a newline becomes a line break. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '\n' -> out.append("<br>\n");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (HiddenCharacters.isHidden(c)) {
                        // A backslash would make javac read the escape: its HTML reference cannot.
                        out.append(HiddenCharacters.escape(c).replace("\\", "&#92;"));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
