package io.github.dmerrors.internal;

import java.util.Objects;

/**
 * One {@code %} directive as Go's {@code doPrintf} scans it. Everything that depends only on the
 * template is decided here; which arguments it takes is decided when formatting, since an explicit
 * index is valid or not depending on how many arguments a call passes.
 *
 * <p>An index is {@link #NO_INDEX} where the template has no {@code [n]}, {@link #MALFORMED_INDEX}
 * where it has one that does not parse, and otherwise {@code n - 1} (so {@code [0]} is -1, which
 * no call can satisfy).
 *
 * @param text the directive as written
 * @param start the index of its {@code %} in the template
 * @param end the index just after it
 * @param flags its flags as written
 * @param minus the {@code -} flag
 * @param plus the {@code +} flag
 * @param sharp the {@code #} flag
 * @param space the space flag
 * @param zero the {@code 0} flag, unless {@code -} overrides it
 * @param widthIndex the index before the width
 * @param widthFromArgument whether the width is {@code *}
 * @param width the width written, or -1 if none
 * @param hasPrecision whether a {@code .} introduces a precision
 * @param precisionIndex the index after the {@code .}
 * @param precisionFromArgument whether the precision is {@code *}
 * @param precision the precision written (0 for a lone {@code .}), or -1 if none
 * @param verbIndex the index just before the verb
 * @param misplacedIndex whether an index is followed by a written width or precision
 *     ({@code %[3]2d}), which Go reports as a bad index
 * @param verb the verb's code point, or {@link #NO_VERB} if the template ends first
 */
record Directive(
        String text,
        int start,
        int end,
        String flags,
        boolean minus,
        boolean plus,
        boolean sharp,
        boolean space,
        boolean zero,
        int widthIndex,
        boolean widthFromArgument,
        int width,
        boolean hasPrecision,
        int precisionIndex,
        boolean precisionFromArgument,
        int precision,
        int verbIndex,
        boolean misplacedIndex,
        int verb)
        implements TemplatePart {

    static final int NO_INDEX = Integer.MIN_VALUE;
    static final int MALFORMED_INDEX = Integer.MIN_VALUE + 1;
    static final int NO_VERB = -1;

    Directive {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(flags, "flags == null");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad bounds " + start + ".." + end + " for " + text);
        }
        if (zero && minus) {
            throw new IllegalArgumentException("the - flag overrides 0");
        }
    }

    /** Whether the directive is a bare {@code %s}, {@code %v} or {@code %d}: the fast path. */
    boolean plain() {
        return end - start == 2 && (verb == 's' || verb == 'v' || verb == 'd');
    }

    /** Whether the directive is a bare {@code %x}, {@code %X}, {@code % x} or {@code % X}. */
    boolean bareHex() {
        return (verb == 'x' || verb == 'X') && (end - start == 2 || (end - start == 3 && space));
    }

    /** Whether the directive only prints {@code %}: {@code %%}, flags and width ignored. */
    boolean percentOnly() {
        return verb == '%'
                && widthIndex == NO_INDEX
                && !widthFromArgument
                && precisionIndex == NO_INDEX
                && !precisionFromArgument
                && verbIndex == NO_INDEX;
    }
}
