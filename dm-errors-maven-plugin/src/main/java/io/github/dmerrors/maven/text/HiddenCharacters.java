package io.github.dmerrors.maven.docs;

import java.util.Locale;

/**
 * Characters a reader would not see, or that change how the text around them is shown: control
 * characters (the tab excepted), invisible formatting characters such as the bidirectional
 * overrides, and the line and paragraph separators. The documents and the console show each as
 * its {@code \}{@code uXXXX} escape, so that catalogue text can neither hide words nor reorder
 * them, nor send a terminal escape sequence.
 */
final class HiddenCharacters {
    private HiddenCharacters() {}

    static boolean isHidden(int codePoint) {
        if (codePoint == '\t') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Names a character by its UTF-16 escape, as Java and JSON write it: {@code \}{@code u202e}. */
    static String visible(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return String.format(Locale.ROOT, "\\u%04x", codePoint);
        }
        return String.format(Locale.ROOT, "\\u%04x\\u%04x",
                (int) Character.highSurrogate(codePoint), (int) Character.lowSurrogate(codePoint));
    }

    /** Returns {@code text} with every hidden character replaced by its escape. */
    static String shown(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                shown.append(visible(c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
