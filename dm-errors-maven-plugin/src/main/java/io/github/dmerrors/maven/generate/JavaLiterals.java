package io.github.dmerrors.maven.generate;

/**
 * The last pass over generated source text: characters that an editor shows as nothing, or that
 * reorder the text around them (the "Trojan Source" attack), become unicode escapes. JavaPoet
 * escapes controls in string literals but leaves format characters such as U+202E
 * RIGHT-TO-LEFT OVERRIDE as they are; a reviewer of generated code must see them. Catalogue text is
 * the only place they can come from (names are letters and digits, and Javadoc is escaped
 * separately), so each occurrence is inside a string literal, where javac turns the escape back
 * into the same character.
 */
final class JavaLiterals {
    private JavaLiterals() {}

    static String escapeInvisible(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.getType(c) != Character.CONTROL && JavadocText.isInvisible(c)) {
                if (out == null) {
                    out = new StringBuilder(source.length() + 16).append(source, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? source : out.toString();
    }

    /**
     * Makes {@code text} safe for a {@code //} comment: javac reads unicode escapes even there, so a
     * backslash becomes {@code /} (it can only be a path separator in a file name) and a control
     * character becomes {@code ?}.
     */
    static String forLineComment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\\' ? '/' : JavadocText.isInvisible(c) ? '?' : c);
        }
        return out.toString();
    }
}
