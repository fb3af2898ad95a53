package io.github.dmerrors;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The component an error belongs to, as DM records it in the {@code class} field of an error
 * ({@code database}, {@code sync-unit}, {@code dm-master}, …).
 *
 * <p>An error class is identified by its name, DM's string, which {@link #toString()} returns. DM's
 * numeric class ids are deliberately not used: they shifted between DM versions, while the names
 * did not.
 *
 * <p>The set is open. The classes DM knows have constants here and a {@link #description()}; a
 * catalogue may declare classes of its own (DM itself added {@code validator} and {@code ha}
 * later), which {@link #of(String)} creates. Two instances with the same name are equal, and
 * {@code of} returns the constant for a known name.
 */
public final class ErrorClass implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, ErrorClass> KNOWN = new LinkedHashMap<>();

    /** Errors in database operations. */
    public static final ErrorClass DATABASE = known("database", "Errors in database operations.");
    /** Errors of DM's underlying functions. */
    public static final ErrorClass FUNCTIONAL = known("functional", "Errors of DM's underlying functions.");
    /** Errors in configuration. */
    public static final ErrorClass CONFIG = known("config", "Errors in configuration.");
    /** Errors in binlog operations. */
    public static final ErrorClass BINLOG_OP = known("binlog-op", "Errors in binlog operations.");
    /** Errors in checkpoint operations. */
    public static final ErrorClass CHECKPOINT = known("checkpoint", "Errors in checkpoint operations.");
    /** Errors found when checking a task before it starts. */
    public static final ErrorClass TASK_CHECK =
            known("task-check", "Errors found when checking a task before it starts.");
    /** Errors found when checking an upstream source. */
    public static final ErrorClass SOURCE_CHECK =
            known("source-check", "Errors found when checking an upstream source.");
    /** Errors in the basic functions of the relay log. */
    public static final ErrorClass RELAY_EVENT_LIB =
            known("relay-event-lib", "Errors in the basic functions of the relay log.");
    /** Errors in the relay processing unit. */
    public static final ErrorClass RELAY_UNIT = known("relay-unit", "Errors in the relay processing unit.");
    /** Errors in the dump processing unit. */
    public static final ErrorClass DUMP_UNIT = known("dump-unit", "Errors in the dump processing unit.");
    /** Errors in the load processing unit. */
    public static final ErrorClass LOAD_UNIT = known("load-unit", "Errors in the load processing unit.");
    /** Errors in the sync (incremental replication) processing unit. */
    public static final ErrorClass SYNC_UNIT =
            known("sync-unit", "Errors in the sync (incremental replication) processing unit.");
    /** Errors in the DM-master service. */
    public static final ErrorClass DM_MASTER = known("dm-master", "Errors in the DM-master service.");
    /** Errors in the DM-worker service. */
    public static final ErrorClass DM_WORKER = known("dm-worker", "Errors in the DM-worker service.");
    /** Errors in the DM-tracer service. */
    public static final ErrorClass DM_TRACER = known("dm-tracer", "Errors in the DM-tracer service.");
    /** Errors of the schema tracker during incremental replication. */
    public static final ErrorClass SCHEMA_TRACKER =
            known("schema-tracker", "Errors of the schema tracker during incremental replication.");
    /** Errors in scheduling sources and tasks. */
    public static final ErrorClass SCHEDULER = known("scheduler", "Errors in scheduling sources and tasks.");
    /** Errors in dmctl or in its interaction with other components. */
    public static final ErrorClass DMCTL =
            known("dmctl", "Errors in dmctl or in its interaction with other components.");
    /** Errors whose class is not set. */
    public static final ErrorClass NOT_SET = known("not-set", "Errors whose class is not set.");
    /** Errors in the OpenAPI service. */
    public static final ErrorClass OPENAPI = known("openapi", "Errors in the OpenAPI service.");
    /** Errors of the continuous data validator. */
    public static final ErrorClass VALIDATOR = known("validator", "Errors of the continuous data validator.");
    /** Errors in high availability: leader election, keep-alive and the etcd state. */
    public static final ErrorClass HA =
            known("ha", "Errors in high availability: leader election, keep-alive and the etcd state.");

    private static final List<ErrorClass> KNOWN_LIST = List.copyOf(KNOWN.values());

    private final String name;
    private final String description;

    private ErrorClass(String name, String description) {
        this.name = name;
        this.description = description;
    }

    private static ErrorClass known(String name, String description) {
        ErrorClass errorClass = new ErrorClass(name, description);
        KNOWN.put(name, errorClass);
        return errorClass;
    }

    /**
     * Returns the error class named {@code name}: the constant if DM knows it, otherwise a new class
     * of that name.
     *
     * <p>A name is one or more ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting
     * with a letter or digit, so that it reads back unambiguously from DM's
     * {@code [code=…:class=…:scope=…:level=…]} bracket.
     *
     * @param name the class's name, for example {@code "sync-unit"}
     * @return the error class
     * @throws IllegalArgumentException if {@code name} is not a valid class name
     * @throws NullPointerException if {@code name} is null
     */
    public static ErrorClass of(String name) {
        Objects.requireNonNull(name, "name == null");
        ErrorClass known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        if (!isValidName(name)) {
            throw new IllegalArgumentException(
                    "not a valid error class name: '" + name + "' (use letters, digits, '-', '_' or '.',"
                            + " starting with a letter or digit)");
        }
        return new ErrorClass(name, "");
    }

    /**
     * Returns the classes DM knows, in the order of DM's documentation.
     *
     * @return an unmodifiable list of the known classes
     */
    public static List<ErrorClass> known() {
        return KNOWN_LIST;
    }

    /**
     * Tells whether {@code name} is a valid error class name (see {@link #of(String)}).
     *
     * @param name a candidate name; may be null
     * @return true if {@link #of(String)} accepts it
     */
    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || !isAsciiLetterOrDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Returns the class's name, DM's string.
     *
     * @return the name, for example {@code "sync-unit"}
     */
    public String name() {
        return name;
    }

    /**
     * Tells whether DM knows this class (it is one of {@link #known()}).
     *
     * @return true for DM's classes, false for classes a catalogue declared
     */
    public boolean isKnown() {
        return KNOWN.get(name) == this;
    }

    /**
     * Returns one sentence on what errors of this class mark, for DM's classes.
     *
     * @return the description, or the empty string for a class DM does not know
     */
    public String description() {
        return description;
    }

    // Keeps the known classes' constants unique across serialization.
    private Object readResolve() {
        return of(name);
    }

    /**
     * Compares by name: two classes are equal when their names are.
     *
     * @param other the object to compare with
     * @return true if {@code other} is an error class of the same name
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ErrorClass && ((ErrorClass) other).name.equals(name);
    }

    /**
     * Returns the hash code of the name.
     *
     * @return a hash code consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns the class's name, as DM prints it.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
