package io.github.dmerrors;

import java.io.Serializable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a DM error catalogue: DM's {@code terror.Error} as declared, before anything went
 * wrong.
 *
 * <p>A {@code DmError} is immutable and thread-safe, and cheap enough to hold as a
 * {@code static final} constant; generated catalogue classes hold one per catalogue line. Its
 * operations create a new {@link DmException} each time, as DM's do:
 *
 * <ul>
 *   <li>{@link #generate(Object...)} is DM's {@code Generate}: the error, its message formatted with
 *       the arguments;
 *   <li>{@link #generatef(String, Object...)} is DM's {@code Generatef}: the error with a message of
 *       the caller's;
 *   <li>{@link #delegate(Throwable, Object...)} is DM's {@code Delegate}: the error caused by
 *       another;
 *   <li>{@link #is(Throwable)} is DM's {@code Equal}, and {@link #findIn(Throwable)} finds this error
 *       anywhere in a Java cause chain.
 * </ul>
 *
 * <p>The message is a Go format string, kept as written in the catalogue ({@link #message()}) and
 * parsed once, on first use ({@link #template()}). As in DM, a call without arguments prints the
 * template unformatted ({@code %s} stays {@code %s}); with arguments it is formatted as Go's
 * {@code fmt.Sprintf} would format it (see {@link MessageTemplate}).
 *
 * <p>Whether the exceptions capture a stack trace depends on the level: see
 * {@link StackTracePolicy}.
 */
public final class DmError implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String name;
    private final ErrorClass errorClass;
    private final ErrorScope scope;
    private final ErrorLevel level;
    private final String message;
    private final String workaround;

    // Parsed on first use and cached without locking: parsing is idempotent and MessageTemplate is
    // immutable with final fields, so a racing thread at worst parses the same template again.
    private transient MessageTemplate template;

    private DmError(
            int code,
            String name,
            ErrorClass errorClass,
            ErrorScope scope,
            ErrorLevel level,
            String message,
            String workaround) {
        this.code = code;
        this.name = name;
        this.errorClass = errorClass;
        this.scope = scope;
        this.level = level;
        this.message = message;
        this.workaround = workaround;
    }

    /**
     * Creates a catalogue entry. Generated catalogue classes call this once per line of the
     * catalogue.
     *
     * @param code the error code, positive; DM's codes never change meaning
     * @param name the entry's name in the catalogue, for example {@code "ErrDBBadConn"}
     * @param errorClass the component the error belongs to
     * @param scope where the error comes from
     * @param level how severe the error is
     * @param message the message template, a Go format string; empty if the entry has none
     * @param workaround what an operator should do; empty if the entry has none
     * @return the entry
     * @throws IllegalArgumentException if {@code code} is not positive or {@code name} is empty
     * @throws NullPointerException if any argument is null
     */
    public static DmError of(
            int code,
            String name,
            ErrorClass errorClass,
            ErrorScope scope,
            ErrorLevel level,
            String message,
            String workaround) {
        if (code <= 0) {
            throw new IllegalArgumentException("code must be positive: " + code);
        }
        if (Objects.requireNonNull(name, "name == null").isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
        return new DmError(
                code,
                name,
                Objects.requireNonNull(errorClass, "errorClass == null"),
                Objects.requireNonNull(scope, "scope == null"),
                Objects.requireNonNull(level, "level == null"),
                Objects.requireNonNull(message, "message == null"),
                Objects.requireNonNull(workaround, "workaround == null"));
    }

    /**
     * Returns the error code.
     *
     * @return the code, for example {@code 10002}
     */
    public int code() {
        return code;
    }

    /**
     * Returns the entry's name in the catalogue.
     *
     * @return the name, for example {@code "ErrDBBadConn"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the component the error belongs to.
     *
     * @return the error class
     */
    public ErrorClass errorClass() {
        return errorClass;
    }

    /**
     * Returns where the error comes from.
     *
     * @return the scope
     */
    public ErrorScope scope() {
        return scope;
    }

    /**
     * Returns how severe the error is.
     *
     * @return the level
     */
    public ErrorLevel level() {
        return level;
    }

    /**
     * Returns the message template as written in the catalogue, Go verbs and all.
     *
     * @return the template, for example {@code "query statement failed: %s"}; empty if none
     */
    public String message() {
        return message;
    }

    /**
     * Returns what an operator should do about the error.
     *
     * @return the workaround; empty if the entry has none
     */
    public String workaround() {
        return workaround;
    }

    /**
     * Returns the parsed message template, which tells how many arguments the message takes.
     *
     * @return the template of {@link #message()}
     */
    public MessageTemplate template() {
        MessageTemplate parsed = template;
        if (parsed == null) {
            parsed = MessageTemplate.parse(message);
            template = parsed;
        }
        return parsed;
    }

    /**
     * Creates the error, its message formatted with {@code args}: DM's {@code Generate}.
     *
     * @param args the message's arguments; none prints the template as written
     * @return a new exception
     */
    public DmException generate(Object... args) {
        return new DmException(this, template(), args, null);
    }

    /**
     * Creates the error with a message of the caller's instead of the catalogue's: DM's
     * {@code Generatef}. Code, class, scope, level and workaround stay the catalogue's.
     *
     * @param format the message template, a Go format string
     * @param args its arguments; none prints {@code format} as written
     * @return a new exception
     * @throws NullPointerException if {@code format} is null
     */
    public DmException generatef(String format, Object... args) {
        return new DmException(this, MessageTemplate.parse(format), args, null);
    }

    /**
     * Creates the error caused by {@code cause}: DM's {@code Delegate}. The cause becomes the
     * exception's raw cause ({@link DmException#getCause()}), printed after {@code RawCause:}.
     *
     * <p>As in DM, when the cause is itself a {@link DmException} that has a raw cause, that root is
     * used instead (one level is taken, not the whole chain). Unlike DM, which returns no error for
     * a nil cause, a null {@code cause} creates the error without a raw cause, so that an error path
     * never throws a {@code NullPointerException} of its own.
     *
     * @param cause what went wrong; may be null
     * @param args the message's arguments
     * @return a new exception
     */
    public DmException delegate(Throwable cause, Object... args) {
        Throwable rawCause = cause;
        if (cause instanceof DmException && cause.getCause() != null) {
            rawCause = cause.getCause();
        }
        return new DmException(this, template(), args, rawCause);
    }

    /**
     * Tells whether {@code throwable} is this error: DM's {@code Equal}, true when it is a
     * {@link DmException} with the same code. Only {@code throwable} itself is looked at, as in DM;
     * {@link #findIn(Throwable)} also looks at its causes.
     *
     * @param throwable the throwable to test; may be null
     * @return true if it is a {@code DmException} of this error's code
     */
    public boolean is(Throwable throwable) {
        return throwable instanceof DmException && ((DmException) throwable).code() == code;
    }

    /**
     * Finds this error in a Java cause chain: {@code throwable}, its cause, the cause's cause and so
     * on, stopping at the first {@link DmException} with this error's code. Cycles in the chain are
     * safe.
     *
     * @param throwable where to start; may be null
     * @return the first exception of this error's code in the chain, or empty
     */
    public Optional<DmException> findIn(Throwable throwable) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = throwable; t != null && seen.add(t); t = t.getCause()) {
            if (is(t)) {
                return Optional.of((DmException) t);
            }
        }
        return Optional.empty();
    }

    /**
     * Compares all fields: code, name, class, scope, level, message and workaround.
     *
     * @param other the object to compare with
     * @return true if {@code other} is an entry with the same fields
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DmError)) {
            return false;
        }
        DmError that = (DmError) other;
        return code == that.code
                && name.equals(that.name)
                && errorClass.equals(that.errorClass)
                && scope == that.scope
                && level == that.level
                && message.equals(that.message)
                && workaround.equals(that.workaround);
    }

    /**
     * Returns a hash code over all fields.
     *
     * @return a hash code consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, name, errorClass, scope, level, message, workaround);
    }

    /**
     * Returns the entry's name and DM's text for the entry without arguments, for example
     * {@code ErrDBBadConn [code=10002:class=database:scope=not-set:level=high], Message: database
     * driver, Workaround: …}.
     *
     * @return a description for logs and debuggers
     */
    @Override
    public String toString() {
        return name + " " + DmText.write(code, errorClass, scope, level, message, null, workaround);
    }
}
