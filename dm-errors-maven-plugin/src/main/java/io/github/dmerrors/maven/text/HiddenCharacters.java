package io.github.dmerrors.maven.text;

/**
 * The one policy for characters a reader would not see, or that change how the text around them
 * is shown: control characters (the tab excepted: it is visible enough), invisible formatting
 * characters such as U+202E RIGHT-TO-LEFT OVERRIDE or U+200B ZERO WIDTH SPACE, the line and
 * paragraph separators, private-use and unassigned characters (a font may draw them as anything,
 * or as nothing) and lone surrogates. Generated Javadoc and source, the documents and the console
 * all show each as its {@code \}{@code uXXXX} escape, so that catalogue text can neither hide words
 * nor reorder them, nor send a terminal escape sequence.
 */
public final class HiddenCharacters {
    private HiddenCharacters() {}

    /** Tells whether {@code codePoint} must be shown escaped. */
    public static boolean isHidden(int codePoint) {
        if (codePoint == '\t') {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /**
     * Names a character by its UTF-16 escape, as Java and JSON write it: {@code \}{@code u202e}; a
     * supplementary character takes two, one per surrogate.
     */
    public static String escape(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return BackslashEscapes.unicode((char) codePoint);
        }
        return BackslashEscapes.unicode(Character.highSurrogate(codePoint))
                + BackslashEscapes.unicode(Character.lowSurrogate(codePoint));
    }

    /** Returns {@code text} with every hidden character replaced by its {@linkplain #escape escape}. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                shown.append(escape(c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
