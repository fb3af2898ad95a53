package io.github.dmerrors;

import java.util.Objects;
import java.util.Optional;

/**
 * DM's error text read back: the code, class, scope, level, message, raw cause and workaround of a
 * string that DM's {@code Error()} (or {@link DmException#getMessage()}, which prints the same
 * bytes) printed, such as
 *
 * <pre>{@code [code=10002:class=database:scope=upstream:level=medium], Message: bad connection, RawCause: common error, Workaround: please check your network connection}</pre>
 *
 * <p>The text is the bracket {@code [code=…:class=…:scope=…:level=…]}, then {@code , Message: }
 * and the message if it is not empty, then {@code , RawCause: } and the cause's text if there is a
 * cause, then {@code , Workaround: } and the workaround if it is not empty. The bracket holds a
 * positive decimal code, an {@link ErrorClass#isValidName(String) error class name} and DM's
 * spellings of the {@link ErrorScope scope} and the {@link ErrorLevel level}.
 *
 * <p>{@link #parse(CharSequence)} reads such a text as Java prints it too: after an exception's
 * class name ({@code io.github.dmerrors.DmException: [code=…}, from {@link Throwable#toString()}
 * or {@link Throwable#printStackTrace()}) and followed by a Java or Go stack trace, which it cuts
 * off. Nothing else is trimmed: DM's messages may end with a space or hold line breaks, and they
 * are read as printed. {@link #find(CharSequence)} finds a text in a longer one, such as a log
 * line.
 *
 * <h2>How the parts are split</h2>
 *
 * <p>The message follows the bracket directly and runs to the first {@code , RawCause: } or, if
 * there is none, to the workaround. The workaround is after the last {@code , Workaround: }, since
 * a catalogue's workaround cannot contain that separator, while a message or a raw cause may; the
 * raw cause lies between the two. As DM never prints an empty message or workaround, a separator
 * that would leave one empty is taken as part of the text around it. The split is therefore exact
 * for every DM error except one kind, which no reader of the text can tell apart: when a formatted
 * argument of the message holds {@code , RawCause: }, or the message or the raw cause holds
 * {@code , Workaround: } while the error has no workaround, the text reads as if a separator were
 * there. Even then {@link #toString()} gives back the text that was read.
 *
 * <p>Instances are immutable and compare by all their parts.
 */
public final class DmErrorText {
    private final int code;
    private final ErrorClass errorClass;
    private final ErrorScope scope;
    private final ErrorLevel level;
    private final String message;
    private final String rawCause;
    private final String workaround;

    DmErrorText(
            int code,
            ErrorClass errorClass,
            ErrorScope scope,
            ErrorLevel level,
            String message,
            String rawCause,
            String workaround) {
        this.code = code;
        this.errorClass = errorClass;
        this.scope = scope;
        this.level = level;
        this.message = message;
        this.rawCause = rawCause;
        this.workaround = workaround;
    }

    /**
     * Reads DM's error text.
     *
     * <p>The text may be preceded by a Java exception's fully qualified class name and
     * {@code ": "}, as {@link Throwable#toString()} prints it (or by several, as a wrapper created
     * with {@code new RuntimeException(cause)} prints it), and followed, on the next lines, by a
     * stack trace: a Java one ({@code \tat …}, {@code Caused by: …}, {@code \t... 3 more},
     * {@code Suppressed: …}) or a Go one as {@code %+v} prints it (a function name on its own line,
     * then a tab, a file and a line number). The prefix, the trace and the line break before the
     * trace are cut off; a line break at the very end of a text without a trace is kept, as it may
     * belong to the workaround, the raw cause or the message.
     *
     * <p>For every {@link DmException} {@code e}, {@code parse(e.getMessage()).toString()} equals
     * {@code e.getMessage()}, unless a line of its message, raw cause or workaround reads as the
     * first line of a stack trace (a cause whose message quotes a trace, say): the text is cut
     * there.
     *
     * @param text the text DM printed
     * @return its parts
     * @throws IllegalArgumentException if {@code text} is not DM error text; the message tells what
     *     was expected at which offset of {@code text}, for example {@code not DM error text:
     *     unknown scope 'upstreem' at offset 31; valid scopes are not-set, upstream, downstream,
     *     internal} for {@code [code=123:class=database:scope=upstreem:level=low]}
     * @throws NullPointerException if {@code text} is null
     */
    public static DmErrorText parse(CharSequence text) {
        String string = text.toString();
        int start = DmTextReader.afterExceptionPrefix(string);
        DmTextReader reader = new DmTextReader(string, start, StackTraceLocator.textEnd(string, start));
        DmErrorText parsed = reader.read();
        if (parsed == null) {
            throw new IllegalArgumentException("not DM error text: " + reader.failure());
        }
        return parsed;
    }

    /**
     * Finds the first DM error text in a longer text, such as a log line: the text that
     * {@link #parse(CharSequence)} reads from the first {@code [code=} from which it reads one.
     * Like {@code parse}, it ends at a stack trace or at the end of {@code text}, so anything a log
     * line prints after the error belongs to its last part.
     *
     * @param text where to look
     * @return the first DM error text, or empty if {@code text} holds none
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<DmErrorText> find(CharSequence text) {
        String string = text.toString();
        int end = -1;
        for (int start = string.indexOf(DmText.CODE);
                start >= 0;
                start = string.indexOf(DmText.CODE, start + 1)) {
            // The first trace after start is the first trace after the previous start, unless the
            // previous one ended before start: each trace is looked for once.
            if (end < start) {
                end = StackTraceLocator.textEnd(string, start);
            }
            DmErrorText found = new DmTextReader(string, start, end).read();
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the error code.
     *
     * @return the code, positive
     */
    public int code() {
        return code;
    }

    /**
     * Returns the error class.
     *
     * @return the class
     */
    public ErrorClass errorClass() {
        return errorClass;
    }

    /**
     * Returns the scope.
     *
     * @return the scope
     */
    public ErrorScope scope() {
        return scope;
    }

    /**
     * Returns the level.
     *
     * @return the level
     */
    public ErrorLevel level() {
        return level;
    }

    /**
     * Returns the formatted message.
     *
     * @return the message; empty if the text has none
     */
    public String message() {
        return message;
    }

    /**
     * Returns the raw cause's text.
     *
     * @return the raw cause, or empty if the text has none; present but empty if DM printed
     *     {@code , RawCause: } with nothing after it
     */
    public Optional<String> rawCause() {
        return Optional.ofNullable(rawCause);
    }

    /**
     * Returns the workaround.
     *
     * @return the workaround; empty if the text has none
     */
    public String workaround() {
        return workaround;
    }

    /**
     * Compares all parts: code, class, scope, level, message, raw cause and workaround.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a text with the same parts
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof DmErrorText that
                && code == that.code
                && errorClass.equals(that.errorClass)
                && scope == that.scope
                && level == that.level
                && message.equals(that.message)
                && Objects.equals(rawCause, that.rawCause)
                && workaround.equals(that.workaround);
    }

    /**
     * Returns a hash code over all parts.
     *
     * @return a hash code consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, errorClass, scope, level, message, rawCause, workaround);
    }

    /**
     * Returns DM's text for these parts, as DM's {@code Error()} prints it: the text that was read,
     * without the exception prefix and the stack trace that {@link #parse(CharSequence)} cut off.
     *
     * @return {@code [code=…:class=…:scope=…:level=…]} and the parts that are present
     */
    @Override
    public String toString() {
        return DmText.write(code, errorClass, scope, level, message, rawCause, workaround);
    }
}
