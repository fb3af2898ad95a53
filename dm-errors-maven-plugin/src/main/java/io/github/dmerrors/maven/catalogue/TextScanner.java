package io.github.dmerrors.maven.catalogue;

import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * Reads the quoted text of a line: {@code "Message: MSG"}, {@code "Message: MSG, Workaround: WA"}
 * or {@code "Workaround: WA"}.
 *
 * <p>DM writes the text without escaping quotes, so the closing quote is the last one on the line
 * and any quote before it is corruption. The message ends at the first {@code , Workaround: }; a
 * second one cannot be told apart from the workaround's own text and is rejected. Nothing is
 * escaped but a newline, which DM writes as {@code \n}; every other backslash is literal, and
 * nothing is trimmed: DM has a message that ends with a space.
 */
final class TextScanner {
    private static final String MESSAGE = "Message: ";
    private static final String WORKAROUND = "Workaround: ";
    private static final String SEPARATOR = ", " + WORKAROUND;

    private TextScanner() {}

    /** The message and workaround of a text, decoded. */
    record Text(Field message, Field workaround) {}

    /**
     * Reads the text that opens with the quote at {@code open}; returns it, or empty after
     * reporting every problem found.
     */
    static Optional<Text> scan(String line, int open, SourceLocation lineStart, Diagnostics diagnostics) {
        int close = line.lastIndexOf('"');
        if (close == open) {
            diagnostics.error(lineStart.atColumn(open + 1), "unterminated text: the line ends before the closing '\"'");
            return Optional.empty();
        }
        boolean valid = checkAfterClose(line, close, lineStart, diagnostics);
        for (int quote = line.indexOf('"', open + 1); quote < close; quote = line.indexOf('"', quote + 1)) {
            diagnostics.error(lineStart.atColumn(quote + 1),
                    "unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt");
            valid = false;
        }
        int body = open + 1;
        int messageStart;
        int messageEnd;
        int workaroundStart;
        boolean hasWorkaround;
        if (line.startsWith(MESSAGE, body)) {
            messageStart = body + MESSAGE.length();
            int separator = line.indexOf(SEPARATOR, messageStart);
            hasWorkaround = separator >= 0 && separator + SEPARATOR.length() <= close;
            messageEnd = hasWorkaround ? separator : close;
            workaroundStart = hasWorkaround ? separator + SEPARATOR.length() : close;
        } else if (line.startsWith(WORKAROUND, body)) {
            messageStart = body;
            messageEnd = body;
            hasWorkaround = true;
            workaroundStart = body + WORKAROUND.length();
        } else {
            String text = line.substring(body, Math.min(close, body + WORKAROUND.length()));
            diagnostics.error(lineStart.atColumn(body + 1),
                    "expected 'Message: ' or 'Workaround: ' at the start of the text, found "
                            + (text.isEmpty() ? "an empty text" : "'" + text + "'"));
            return Optional.empty();
        }
        int second = hasWorkaround ? line.indexOf(SEPARATOR, workaroundStart) : -1;
        if (second >= 0 && second + SEPARATOR.length() <= close) {
            diagnostics.error(lineStart.atColumn(second + 1),
                    "second ', Workaround: ' in the text; a text has at most one workaround");
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Text(
                new Field(decode(line.substring(messageStart, messageEnd)), lineStart.atColumn(messageStart + 1)),
                new Field(decode(line.substring(workaroundStart, close)), lineStart.atColumn(workaroundStart + 1))));
    }

    /** Accepts trailing whitespace after the closing quote, with a warning; nothing else. */
    private static boolean checkAfterClose(
            String line, int close, SourceLocation lineStart, Diagnostics diagnostics) {
        String after = line.substring(close + 1);
        if (after.isBlank()) {
            if (!after.isEmpty()) {
                diagnostics.warning(lineStart.atColumn(close + 2),
                        "trailing whitespace after the closing '\"' is ignored");
            }
            return true;
        }
        int first = close + 1 + (after.length() - after.stripLeading().length());
        diagnostics.error(lineStart.atColumn(first + 1),
                "unexpected '" + line.substring(first).strip() + "' after the closing '\"'");
        return false;
    }

    /** Turns each {@code \n} back into a newline, reading left to right. */
    static String decode(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder decoded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == 'n') {
                decoded.append('\n');
                i++;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }
}
