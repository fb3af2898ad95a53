package io.github.dmerrors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one DM error text between two offsets of a string. A text that does not read records why
 * instead of throwing, so that {@link DmErrorText#find(CharSequence)} can move on to the next
 * candidate cheaply; {@link DmErrorText#parse(CharSequence)} turns the reason into an exception.
 */
final class DmTextReader {

    private static final Pattern EXCEPTION_PREFIX =
            Pattern.compile("(?:" + StackTraceLocator.QUALIFIED_NAME + ": )+");
    private static final int SHOWN_TOKEN_LENGTH = 40;

    private final String text;
    private final int end;
    private int pos;
    private String failure;

    DmTextReader(String text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    /**
     * Returns where DM's text starts in what {@code Throwable.toString()} printed: after the
     * exception's class name and {@code ": "}, or at 0 if there is no such prefix. Several names
     * are skipped, since {@code new RuntimeException(cause)} takes {@code cause.toString()} as its
     * message.
     */
    static int afterExceptionPrefix(String text) {
        Matcher prefix = EXCEPTION_PREFIX.matcher(text);
        return prefix.lookingAt() ? prefix.end() : 0;
    }

    /** Returns why {@link #read()} returned null. */
    String failure() {
        return failure;
    }

    /** Reads the text, or returns null and records the {@link #failure()}. */
    DmErrorText read() {
        if (!skip(DmText.CODE)) {
            return fail("expected '" + DmText.CODE + "' at offset " + pos);
        }
        int codeAt = pos;
        String codeToken = token();
        int code = code(codeToken);
        if (code <= 0) {
            return fail("invalid code '" + shown(codeToken) + "' at offset " + codeAt
                    + "; expected a positive decimal int without leading zeros");
        }
        if (!skip(":class=")) {
            return fail("expected ':class=' at offset " + pos);
        }
        int classAt = pos;
        String className = token();
        if (!ErrorClass.isValidName(className)) {
            return fail("invalid class '" + shown(className) + "' at offset " + classAt
                    + "; a class name is ASCII letters, digits, '-', '_' or '.', starting with a letter or digit");
        }
        if (!skip(":scope=")) {
            return fail("expected ':scope=' at offset " + pos);
        }
        int scopeAt = pos;
        String scopeText = token();
        ErrorScope scope = lookUp(ErrorScope.values(), scopeText);
        if (scope == null) {
            return fail("unknown scope '" + shown(scopeText) + "' at offset " + scopeAt
                    + "; valid scopes are " + EnumText.list(ErrorScope.values()));
        }
        if (!skip(":level=")) {
            return fail("expected ':level=' at offset " + pos);
        }
        int levelAt = pos;
        String levelText = token();
        ErrorLevel level = lookUp(ErrorLevel.values(), levelText);
        if (level == null) {
            return fail("unknown level '" + shown(levelText) + "' at offset " + levelAt
                    + "; valid levels are " + EnumText.list(ErrorLevel.values()));
        }
        if (!skip("]")) {
            return fail("expected ']' at offset " + pos);
        }
        return parts(code, ErrorClass.of(className), scope, level);
    }

    // DM prints a message or a workaround only when it is not empty, so each separator is looked
    // for where it leaves a non-empty part before it (the message) or after it (the workaround).
    // This also makes toString() give back exactly the text that was read.
    private DmErrorText parts(int code, ErrorClass errorClass, ErrorScope scope, ErrorLevel level) {
        String message = "";
        if (skip(DmText.MESSAGE)) {
            int messageEnd = firstIndexOf(DmText.RAW_CAUSE, pos + 1);
            if (messageEnd < 0) {
                messageEnd = lastWorkaroundSeparator(pos + 1);
            }
            if (messageEnd < 0) {
                messageEnd = end;
            }
            if (messageEnd == pos) {
                return fail("expected a message after '" + DmText.MESSAGE + "' at offset " + pos);
            }
            message = text.substring(pos, messageEnd);
            pos = messageEnd;
        }
        String rawCause = null;
        if (skip(DmText.RAW_CAUSE)) {
            int causeEnd = lastWorkaroundSeparator(pos);
            rawCause = text.substring(pos, causeEnd < 0 ? end : causeEnd);
            pos = causeEnd < 0 ? end : causeEnd;
        }
        String workaround = "";
        if (skip(DmText.WORKAROUND)) {
            if (pos == end) {
                return fail("expected a workaround after '" + DmText.WORKAROUND + "' at offset " + pos);
            }
            workaround = text.substring(pos, end);
            pos = end;
        }
        if (pos != end) {
            return fail("expected '" + DmText.MESSAGE + "', '" + DmText.RAW_CAUSE + "', '" + DmText.WORKAROUND
                    + "' or the end of the text at offset " + pos);
        }
        return new DmErrorText(code, errorClass, scope, level, message, rawCause, workaround);
    }

    private boolean skip(String expected) {
        if (pos + expected.length() <= end && text.startsWith(expected, pos)) {
            pos += expected.length();
            return true;
        }
        return false;
    }

    // A bracket value runs to the bracket's next delimiter; stopping at spaces and commas as well
    // keeps the value quoted in an error message short when the bracket is broken.
    private String token() {
        int start = pos;
        while (pos < end && ":],".indexOf(text.charAt(pos)) < 0 && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private int firstIndexOf(String separator, int from) {
        int index = text.indexOf(separator, from);
        return index >= 0 && index + separator.length() <= end ? index : -1;
    }

    // The last workaround separator at or after from that has a workaround after it.
    private int lastWorkaroundSeparator(int from) {
        int index = text.lastIndexOf(DmText.WORKAROUND, end - DmText.WORKAROUND.length() - 1);
        return index >= from ? index : -1;
    }

    private DmErrorText fail(String reason) {
        failure = reason;
        return null;
    }

    // DM prints codes with %d: digits only, no sign, no leading zero. Returns 0 if not one.
    private static int code(String token) {
        if (token.isEmpty() || token.length() > 10 || token.charAt(0) == '0') {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value <= Integer.MAX_VALUE ? (int) value : 0;
    }

    private static <E extends Enum<E>> E lookUp(E[] values, String text) {
        for (E value : values) {
            if (value.toString().equals(text)) {
                return value;
            }
        }
        return null;
    }

    private static String shown(String token) {
        return token.length() <= SHOWN_TOKEN_LENGTH ? token : token.substring(0, SHOWN_TOKEN_LENGTH) + "…";
    }
}
