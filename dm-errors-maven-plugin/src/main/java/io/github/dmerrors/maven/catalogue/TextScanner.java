package io.github.dmerrors.maven.catalogue;

import io.github.dmerrors.maven.catalogue.CatalogueEntry.Field;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Excerpt;
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

    private final String line;
    private final int open;
    private final int close;
    private final SourceLocation lineStart;
    private final Diagnostics diagnostics;

    private TextScanner(String line, int open, int close, SourceLocation lineStart, Diagnostics diagnostics) {
        this.line = line;
        this.open = open;
        this.close = close;
        this.lineStart = lineStart;
        this.diagnostics = diagnostics;
    }

    /** The message and workaround of a text, decoded. */
    record Text(Field message, Field workaround) {}

    /**
     * Reads the text that opens with the quote at {@code open}; returns it, or empty after
     * reporting every problem found.
     */
    static Optional<Text> scan(String line, int open, SourceLocation lineStart, Diagnostics diagnostics) {
        int close = line.lastIndexOf('"');
        if (close == open) {
            diagnostics.error(lineStart.atColumn(open + 1),
                    "unterminated text: the line ends before the closing '\"'");
            return Optional.empty();
        }
        return new TextScanner(line, open, close, lineStart, diagnostics).scan();
    }

    private Optional<Text> scan() {
        boolean valid = checkNothingAfterClose() & checkNoQuoteInside();
        int body = open + 1;
        if (line.startsWith(MESSAGE, body)) {
            int messageStart = body + MESSAGE.length();
            int separator = find(SEPARATOR, messageStart);
            if (separator < 0) {
                return valid ? text(messageStart, close, close) : Optional.empty();
            }
            int workaroundStart = separator + SEPARATOR.length();
            valid &= checkSingleWorkaround(workaroundStart);
            return valid ? text(messageStart, separator, workaroundStart) : Optional.empty();
        }
        if (line.startsWith(WORKAROUND, body)) {
            int workaroundStart = body + WORKAROUND.length();
            valid &= checkSingleWorkaround(workaroundStart);
            return valid ? text(body, body, workaroundStart) : Optional.empty();
        }
        String start = line.substring(body, Math.min(close, body + WORKAROUND.length()));
        error(body, "expected 'Message: ' or 'Workaround: ' at the start of the text, found "
                + (start.isEmpty() ? "an empty text" : "'" + start + "'"));
        return Optional.empty();
    }

    /** Accepts trailing whitespace after the closing quote, with a warning; nothing else. */
    private boolean checkNothingAfterClose() {
        String after = line.substring(close + 1);
        if (after.isBlank()) {
            if (!after.isEmpty()) {
                diagnostics.warning(lineStart.atColumn(close + 2),
                        "trailing whitespace after the closing '\"' is ignored");
            }
            return true;
        }
        int first = close + 1 + (after.length() - after.stripLeading().length());
        error(first, "unexpected '" + Excerpt.of(line.substring(first).strip()) + "' after the closing '\"'");
        return false;
    }

    private boolean checkNoQuoteInside() {
        boolean valid = true;
        for (int quote = line.indexOf('"', open + 1); quote < close; quote = line.indexOf('"', quote + 1)) {
            error(quote, "unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt");
            valid = false;
        }
        return valid;
    }

    private boolean checkSingleWorkaround(int workaroundStart) {
        int second = find(SEPARATOR, workaroundStart);
        if (second < 0) {
            return true;
        }
        error(second, "second ', Workaround: ' in the text; a text has at most one workaround");
        return false;
    }

    /** Finds {@code token} between {@code from} and the closing quote; -1 if it is not there. */
    private int find(String token, int from) {
        int index = line.indexOf(token, from);
        return index >= 0 && index + token.length() <= close ? index : -1;
    }

    private Optional<Text> text(int messageStart, int messageEnd, int workaroundStart) {
        return Optional.of(new Text(
                new Field(decode(line.substring(messageStart, messageEnd)), lineStart.atColumn(messageStart + 1)),
                new Field(decode(line.substring(workaroundStart, close)), lineStart.atColumn(workaroundStart + 1))));
    }

    private void error(int index, String message) {
        diagnostics.error(lineStart.atColumn(index + 1), message);
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
