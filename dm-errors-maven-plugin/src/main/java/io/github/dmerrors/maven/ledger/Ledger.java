package io.github.dmerrors.maven.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A ledger file as read: its lines, and the events of those that record one.
 *
 * <p>The format, one event a line, sorted by code and, within a code, in the order the events
 * happened; fields are separated by one space:
 *
 * <pre>
 * CODE assigned NAME class=CLASS scope=SCOPE level=LEVEL
 * CODE renamed OLD NEW
 * CODE changed NAME class=CLASS scope=SCOPE level=LEVEL
 * CODE retired NAME
 * CODE restored NAME class=CLASS scope=SCOPE level=LEVEL
 * CODE reassigned NAME class=CLASS scope=SCOPE level=LEVEL
 * </pre>
 *
 * <p>A line starting with {@code #} is a comment. The file is UTF-8, lines end with {@code \n}.
 *
 * <p>Git's union merge driver ({@code merge=union} in {@code .gitattributes}) merges two ledgers
 * by keeping the lines of both sides: codes may then be out of order, and an event both sides
 * recorded may be there twice. Such a ledger is read all the same, since only the order of one
 * code's events has a meaning; it is not {@linkplain #canonical() canonical}, and {@code record}
 * sorts it back.
 *
 * @param file the ledger file, as the user named it
 * @param lines every line, without its line ending, in file order; line {@code n} is at index
 *     {@code n - 1}
 * @param events the events of the lines that are valid, in file order, without an event that a
 *     line repeats
 * @param canonical whether the codes are in order and no event is there twice, as {@code record}
 *     writes a ledger
 */
record Ledger(Path file, List<String> lines, List<RecordedEvent> events, boolean canonical) {
    /** The first line of every ledger that {@code record} creates. */
    static final String HEADER = "# dm-errors ledger: every error code ever assigned, one event a line,"
            + " sorted by code. Lines are only ever added. Do not edit; run mvn dm-errors:record.";

    Ledger {
        Objects.requireNonNull(file, "file == null");
        lines = List.copyOf(lines);
        events = List.copyOf(events);
    }

    /** The ledger of a project that has none yet. */
    static Ledger empty(Path file) {
        return new Ledger(file, List.of(), List.of(), true);
    }

    static boolean isComment(String line) {
        return line.startsWith("#");
    }
}
