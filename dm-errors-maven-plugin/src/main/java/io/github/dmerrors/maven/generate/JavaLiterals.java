package io.github.dmerrors.maven.generate;

import com.palantir.javapoet.CodeBlock;
import io.github.dmerrors.maven.text.HiddenCharacters;

/**
 * String literals of catalogue text, and the last pass over generated source text:
 * {@linkplain HiddenCharacters hidden characters}, which an editor shows as nothing or which reorder
 * the text around them (the "Trojan Source" attack), become unicode escapes. JavaPoet escapes controls in string literals but leaves format
 * characters such as U+202E RIGHT-TO-LEFT OVERRIDE as they are; a reviewer of generated code must
 * see them. Catalogue text is the only place they can come from (names are letters and digits, and
 * Javadoc is escaped separately), so each occurrence is inside a string literal, where javac turns
 * the escape back into the same character.
 */
final class JavaLiterals {
    private JavaLiterals() {}

    static String escapeInvisible(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i += Character.charCount(source.codePointAt(i))) {
            int c = source.codePointAt(i);
            // Controls are JavaPoet's: escaped in literals already, and line breaks of the source.
            if (Character.getType(c) != Character.CONTROL && HiddenCharacters.isHidden(c)) {
                if (out == null) {
                    out = new StringBuilder(source.length() + 16).append(source, 0, i);
                }
                out.append(HiddenCharacters.escape(c));
            } else if (out != null) {
                out.appendCodePoint(c);
            }
        }
        return out == null ? source : out.toString();
    }

    /**
     * Returns a string literal of {@code text}: JavaPoet's {@code $S}, except for U+2028 LINE
     * SEPARATOR and U+2029 PARAGRAPH SEPARATOR. JavaPoet breaks the lines it emits at every
     * {@code \R}, these two included, and would cut the literal in two; they become literals of
     * their own, <code>"&#92;u2028"</code>, concatenated, which is still one compile-time constant.
     */
    static CodeBlock string(String text) {
        CodeBlock.Builder literal = CodeBlock.builder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    concatenate(literal, "$S", text.substring(start, i));
                }
                concatenate(literal, "$L", "\"" + HiddenCharacters.escape(c) + "\"");
                start = i + 1;
            }
        }
        if (start < text.length() || literal.isEmpty()) {
            concatenate(literal, "$S", text.substring(start));
        }
        return literal.build();
    }

    private static void concatenate(CodeBlock.Builder literal, String format, String argument) {
        literal.add(literal.isEmpty() ? format : " + " + format, argument);
    }

    /**
     * Makes {@code text} safe for a {@code //} comment: javac reads unicode escapes even there, so a
     * backslash becomes {@code /} (it can only be a path separator in a file name) and a control
     * character becomes {@code ?}.
     */
    static String forLineComment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c == '\\') {
                out.append('/');
            } else if (HiddenCharacters.isHidden(c)) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
