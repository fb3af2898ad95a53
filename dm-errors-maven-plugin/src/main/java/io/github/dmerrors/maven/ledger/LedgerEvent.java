package io.github.dmerrors.maven.ledger;

import java.util.Objects;

/**
 * One line of the ledger: something that happened to a code.
 *
 * @param code the code
 * @param kind what happened
 * @param name the code's name after the event
 * @param formerName the name before a {@link EventKind#RENAMED rename}; {@code null} for the other kinds
 * @param attributes the class, scope and level after the event, for the kinds that record them;
 *     {@code null} for the others
 */
record LedgerEvent(int code, EventKind kind, String name, String formerName, Attributes attributes) {
    LedgerEvent {
        if (code <= 0) {
            throw new IllegalArgumentException("code must be positive: " + code);
        }
        Objects.requireNonNull(kind, "kind == null");
        requireToken(name, "name");
        if ((kind == EventKind.RENAMED) != (formerName != null)) {
            throw new IllegalArgumentException("a former name belongs to a rename and only to one");
        }
        if (formerName != null) {
            requireToken(formerName, "formerName");
        }
        if (kind.hasAttributes() != (attributes != null)) {
            throw new IllegalArgumentException(kind.word() + (kind.hasAttributes() ? " needs" : " has no")
                    + " class, scope and level");
        }
    }

    static LedgerEvent of(int code, EventKind kind, String name, Attributes attributes) {
        return new LedgerEvent(code, kind, name, null, attributes);
    }

    static LedgerEvent renamed(int code, String formerName, String name) {
        return new LedgerEvent(code, EventKind.RENAMED, name, formerName, null);
    }

    static LedgerEvent retired(int code, String name) {
        return new LedgerEvent(code, EventKind.RETIRED, name, null, null);
    }

    /** Returns the line that records this event, without its line ending. */
    String line() {
        StringBuilder line = new StringBuilder().append(code).append(' ').append(kind.word()).append(' ');
        if (formerName != null) {
            line.append(formerName).append(' ');
        }
        line.append(name);
        if (attributes != null) {
            line.append(' ').append(attributes.text());
        }
        return line.toString();
    }

    // A name is one field of a space-separated line.
    private static void requireToken(String name, String what) {
        Objects.requireNonNull(name, what + " == null");
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '=')) {
            throw new IllegalArgumentException("invalid " + what + ": '" + name + "'");
        }
    }
}
