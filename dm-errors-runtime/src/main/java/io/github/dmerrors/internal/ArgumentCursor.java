package io.github.dmerrors.internal;

/**
 * Which argument comes next, as Go's {@code doPrintf} tracks it: the running argument number, the
 * explicit indexes that move it, and whether the current directive's index was good.
 */
final class ArgumentCursor {
    private final int count;
    private int next;
    private boolean reordered;
    private boolean good;

    ArgumentCursor(int count) {
        this.count = count;
    }

    /** Starts a directive; an index written before a written width or precision is never good. */
    void start(Directive directive) {
        good = !directive.misplacedIndex();
    }

    /** Applies an explicit index, if the template has one there. */
    void bind(int index) {
        if (index == Directive.NO_INDEX) {
            return;
        }
        reordered = true;
        if (index != Directive.MALFORMED_INDEX && index >= 0 && index < count) {
            next = index;
        } else {
            good = false;
        }
    }

    boolean hasNext() {
        return next < count;
    }

    /** Takes the next argument, which must exist. */
    int take() {
        return next++;
    }

    int next() {
        return next;
    }

    boolean good() {
        return good;
    }

    /** Whether an explicit index was written, in which case Go does not report extra arguments. */
    boolean reordered() {
        return reordered;
    }
}
