package io.github.dmerrors.internal;

import java.util.Objects;

/**
 * A directive of a template and the arguments it takes when a call passes enough of them.
 *
 * @param text the directive as written, for example {@code "% X"}
 * @param start the index of its {@code %} in the template
 * @param end the index just after it
 * @param flags its flags as written
 * @param verb the verb's code point
 * @param argumentIndex the zero-based index of the argument it formats, or -1 if none
 * @param widthArgumentIndex the index of the argument giving its width, or -1
 * @param precisionArgumentIndex the index of the argument giving its precision, or -1
 */
public record DirectiveBinding(
        String text,
        int start,
        int end,
        String flags,
        int verb,
        int argumentIndex,
        int widthArgumentIndex,
        int precisionArgumentIndex) {

    /**
     * Checks the binding.
     *
     * @param text the directive as written
     * @param start the index of its {@code %} in the template
     * @param end the index just after it
     * @param flags its flags as written
     * @param verb the verb's code point
     * @param argumentIndex the index of the argument it formats, or -1 if none
     * @param widthArgumentIndex the index of the argument giving its width, or -1
     * @param precisionArgumentIndex the index of the argument giving its precision, or -1
     * @throws IllegalArgumentException if a bound or an index is out of range
     */
    public DirectiveBinding {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(flags, "flags == null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad bounds " + start + ".." + end);
        }
        if (argumentIndex < -1 || widthArgumentIndex < -1 || precisionArgumentIndex < -1) {
            throw new IllegalArgumentException("argument indexes must be -1 or more");
        }
    }
}
