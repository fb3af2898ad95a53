package io.github.dmerrors.maven.ledger;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What happened to a code: the verb of a ledger line. */
enum EventKind {
    /** The code is given to an error for the first time: {@code assigned NAME ATTRIBUTES}. */
    ASSIGNED("assigned", true),
    /** A declared rename; the code keeps its meaning: {@code renamed OLD NEW}. */
    RENAMED("renamed", false),
    /** The code's class, scope or level changed: {@code changed NAME ATTRIBUTES}. */
    CHANGED("changed", true),
    /** The code left the catalogue; it is never given out again: {@code retired NAME}. */
    RETIRED("retired", false),
    /** A retired code came back under the name it was retired with: {@code restored NAME ATTRIBUTES}. */
    RESTORED("restored", true),
    /**
     * A forced record gave the code to another error, so both meanings stay on record:
     * {@code reassigned NAME ATTRIBUTES}.
     */
    REASSIGNED("reassigned", true);

    private final String word;
    private final boolean hasAttributes;

    EventKind(String word, boolean hasAttributes) {
        this.word = word;
        this.hasAttributes = hasAttributes;
    }

    String word() {
        return word;
    }

    boolean hasAttributes() {
        return hasAttributes;
    }

    static Optional<EventKind> of(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word.equals(word)).findFirst();
    }

    static String words() {
        return Arrays.stream(values()).map(EventKind::word).collect(Collectors.joining(", "));
    }
}
