package io.github.dmerrors;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Objects;

/**
 * An occurrence of a {@link DmError}: DM's {@code *terror.Error} after {@code Generate},
 * {@code Generatef} or {@code Delegate}.
 *
 * <p>{@link #getMessage()} is byte for byte what DM's {@code Error()} prints:
 *
 * <pre>{@code [code=10002:class=database:scope=upstream:level=medium], Message: bad connection, RawCause: common error, Workaround: please check your network connection}</pre>
 *
 * <p>that is the bracket, then {@code , Message: } and the {@link #formattedMessage() formatted
 * message} if it is not empty, then {@code , RawCause: } and the cause's text if there is a
 * {@link #getCause() cause}, then {@code , Workaround: } and the workaround if it is not empty.
 * The cause's text is, as in DM, only the formatted message when the cause is a
 * {@code DmException}, and otherwise the cause's {@link Throwable#getMessage() message}; a cause
 * whose message is null prints its class name, so that the text never says {@code null}.
 *
 * <p>The message is formatted on first use, not when the exception is created, which keeps
 * creating an exception cheap; the arguments are held until then, so an argument changed in the
 * meantime prints as it is at that time, as in DM.
 *
 * <p>Instances are immutable: {@link #withScope(ErrorScope)}, {@link #withClass(ErrorClass)} and
 * {@link #annotate(String)} return new exceptions (DM changes its errors in place, which we do not
 * copy). Whether an exception has a stack trace is decided by {@link StackTracePolicy} from its
 * level; without one, {@link #printStackTrace()} still prints the full DM text and the whole
 * stack of the cause.
 */
public final class DmException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Object[] NO_ARGS = {};

    private final DmError error;
    private final ErrorClass errorClass;
    private final ErrorScope scope;

    // The template and its arguments, until formatted. Serialization writes the formatted message
    // instead, since the arguments need not be serializable.
    private final transient MessageTemplate template;
    private final transient Object[] args;
    private String formattedMessage;
    private transient String text;

    DmException(DmError error, MessageTemplate template, Object[] args, Throwable cause) {
        this(
                error,
                error.errorClass(),
                error.scope(),
                template,
                args == null || args.length == 0 ? NO_ARGS : args.clone(),
                null,
                cause,
                StackTracePolicy.current().capturesFor(error.level()));
    }

    private DmException(
            DmError error,
            ErrorClass errorClass,
            ErrorScope scope,
            MessageTemplate template,
            Object[] args,
            String formattedMessage,
            Throwable cause,
            boolean captureStackTrace) {
        super(null, cause, true, captureStackTrace);
        this.error = error;
        this.errorClass = errorClass;
        this.scope = scope;
        this.template = template;
        this.args = args;
        this.formattedMessage = formattedMessage;
    }

    /**
     * Returns the catalogue entry this exception is an occurrence of.
     *
     * @return the entry, with the catalogue's class and scope even after {@link #withClass} or
     *     {@link #withScope}
     */
    public DmError error() {
        return error;
    }

    /**
     * Returns the error code.
     *
     * @return the code of {@link #error()}
     */
    public int code() {
        return error.code();
    }

    /**
     * Returns the component the error belongs to.
     *
     * @return the catalogue's class, or the one given to {@link #withClass(ErrorClass)}
     */
    public ErrorClass errorClass() {
        return errorClass;
    }

    /**
     * Returns where the error comes from.
     *
     * @return the catalogue's scope, or the one given to {@link #withScope(ErrorScope)}
     */
    public ErrorScope scope() {
        return scope;
    }

    /**
     * Returns how severe the error is.
     *
     * @return the level of {@link #error()}
     */
    public ErrorLevel level() {
        return error.level();
    }

    /**
     * Returns the message, formatted: DM's {@code Message()}. Without arguments this is the
     * template as written; with arguments, the template formatted as Go's {@code fmt.Sprintf}
     * would.
     *
     * @return the formatted message; empty if the error has none
     */
    public String formattedMessage() {
        String formatted = formattedMessage;
        if (formatted == null) {
            formatted = args.length == 0 ? template.text() : template.format(args);
            formattedMessage = formatted;
        }
        return formatted;
    }

    /**
     * Returns what an operator should do about the error.
     *
     * @return the workaround of {@link #error()}; empty if none
     */
    public String workaround() {
        return error.workaround();
    }

    /**
     * Returns DM's text for this error, byte for byte what DM's {@code Error()} prints (see the
     * class description).
     *
     * @return {@code [code=…:class=…:scope=…:level=…]} and the parts that are present
     */
    @Override
    public String getMessage() {
        String dmText = text;
        if (dmText == null) {
            dmText = text(code(), errorClass, scope, level(), formattedMessage(), getCause(), workaround());
            text = dmText;
        }
        return dmText;
    }

    /**
     * Returns the same error with another scope, leaving this one unchanged: DM's {@code Scope}.
     *
     * @param newScope the scope
     * @return a new exception with the same message, cause and stack trace
     * @throws NullPointerException if {@code newScope} is null
     */
    public DmException withScope(ErrorScope newScope) {
        Objects.requireNonNull(newScope, "scope == null");
        return copy(errorClass, newScope, formattedMessage());
    }

    /**
     * Returns the same error with another class, leaving this one unchanged: DM's {@code Class}.
     *
     * @param newClass the class
     * @return a new exception with the same message, cause and stack trace
     * @throws NullPointerException if {@code newClass} is null
     */
    public DmException withClass(ErrorClass newClass) {
        Objects.requireNonNull(newClass, "errorClass == null");
        return copy(newClass, scope, formattedMessage());
    }

    /**
     * Returns the same error with {@code note} put in front of its message, leaving this one
     * unchanged: DM's {@code Annotate}. The new message is {@code note + ": " + formattedMessage()},
     * taken as text: unlike DM's {@code Annotatef}, an already formatted message is never read as a
     * format string again, so a {@code %} in it stays as it is.
     *
     * @param note what to add, for example the operation that failed
     * @return a new exception with the same code, class, scope, cause and stack trace
     * @throws NullPointerException if {@code note} is null
     */
    public DmException annotate(String note) {
        Objects.requireNonNull(note, "note == null");
        return copy(errorClass, scope, note + ": " + formattedMessage());
    }

    private DmException copy(ErrorClass newClass, ErrorScope newScope, String message) {
        StackTraceElement[] stack = getStackTrace();
        DmException copy = new DmException(
                error, newClass, newScope, template, NO_ARGS, message, getCause(), stack.length > 0);
        if (stack.length > 0) {
            copy.setStackTrace(stack);
        }
        for (Throwable suppressed : getSuppressed()) {
            copy.addSuppressed(suppressed);
        }
        return copy;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        formattedMessage();
        out.defaultWriteObject();
    }

    static String text(
            int code,
            ErrorClass errorClass,
            ErrorScope scope,
            ErrorLevel level,
            String message,
            Throwable cause,
            String workaround) {
        // One concatenation, absent parts as empty strings: the JDK sizes the text exactly and copies
        // each part once, where a StringBuilder would guess, grow and copy the whole text again.
        return "[code=" + code + ":class=" + errorClass + ":scope=" + scope + ":level=" + level + "]"
                + (message.isEmpty() ? "" : ", Message: ") + message
                + (cause == null ? "" : ", RawCause: ") + (cause == null ? "" : causeText(cause))
                + (workaround.isEmpty() ? "" : ", Workaround: ") + workaround;
    }

    // DM prints a terror cause's message only, and any other error's Error() text.
    private static String causeText(Throwable cause) {
        if (cause instanceof DmException) {
            return ((DmException) cause).formattedMessage();
        }
        String message;
        try {
            message = cause.getMessage();
        } catch (RuntimeException e) {
            message = null;
        }
        return message != null ? message : cause.getClass().getName();
    }
}
