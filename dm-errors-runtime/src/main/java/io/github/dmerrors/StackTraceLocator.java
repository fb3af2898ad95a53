package io.github.dmerrors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a stack trace printed after DM's text begins, so that {@link DmErrorText} can cut it
 * off and nothing else.
 *
 * <p>A trace begins at the first line that only a trace prints: a Java frame ({@code \tat
 * pkg.Type.method(File.java:12)}), a Java {@code Caused by: }/{@code Suppressed: } header naming a
 * qualified class (the first line a stackless exception's trace prints), or a Go frame as
 * {@code %+v} prints it: a function name alone on its line, then a tab, a file and a line number.
 * Lines of DM's text that merely contain such words do not match, which is why the patterns ask
 * for the whole line's shape.
 */
final class StackTraceLocator {
    /** A Java class's binary name with at least one package, as {@code Throwable.toString()} prints it. */
    static final String QUALIFIED_NAME =
            "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(?:\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)+";

    // Loggers indent frames with spaces or tabs and may append the jar after the closing parenthesis.
    private static final Pattern JAVA_FRAME = Pattern.compile("[ \\t]+at [^\\s(]+\\(.*\\).*");
    private static final Pattern JAVA_HEADER =
            Pattern.compile("[ \\t]*(?:Caused by|Suppressed): " + QUALIFIED_NAME + "(?:: .*)?");
    private static final Pattern GO_FUNCTION = Pattern.compile("\\S+");
    private static final Pattern GO_FILE = Pattern.compile("\\t\\S.*:\\d+");

    private StackTraceLocator() {}

    /**
     * Returns where the text that starts at {@code from} ends: at the line break before the first
     * line of a stack trace, or at the end of {@code text} if no trace follows.
     */
    static int textEnd(String text, int from) {
        for (int lineBreak = text.indexOf('\n', from);
                lineBreak >= 0;
                lineBreak = text.indexOf('\n', lineBreak + 1)) {
            if (startsTrace(text, lineBreak + 1)) {
                return lineBreak > from && text.charAt(lineBreak - 1) == '\r' ? lineBreak - 1 : lineBreak;
            }
        }
        return text.length();
    }

    private static boolean startsTrace(String text, int lineStart) {
        int lineEnd = lineEnd(text, lineStart);
        if (matches(JAVA_FRAME, text, lineStart, lineEnd) || matches(JAVA_HEADER, text, lineStart, lineEnd)) {
            return true;
        }
        int nextLineStart = text.indexOf('\n', lineStart) + 1;
        return nextLineStart > 0
                && matches(GO_FUNCTION, text, lineStart, lineEnd)
                && matches(GO_FILE, text, nextLineStart, lineEnd(text, nextLineStart));
    }

    // The end of the line starting at lineStart, without its line break (\n or \r\n).
    private static int lineEnd(String text, int lineStart) {
        int lineBreak = text.indexOf('\n', lineStart);
        int end = lineBreak < 0 ? text.length() : lineBreak;
        return end > lineStart && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static boolean matches(Pattern pattern, String text, int start, int end) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(start, end);
        return matcher.matches();
    }
}
