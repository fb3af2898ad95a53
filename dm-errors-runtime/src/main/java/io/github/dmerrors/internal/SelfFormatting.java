package io.github.dmerrors.internal;

/**
 * Go's {@code fmt.Formatter} for the values that format themselves: the public package's own
 * types, chiefly {@code DmException}, which formats as DM's {@code *terror.Error} does. Kept here
 * as an interface, implemented there, so that this package never depends on the public one.
 */
public interface SelfFormatting {
    /**
     * Go's {@code Format(f fmt.State, verb rune)}, for the values that have it.
     *
     * @param value the value to print, not null
     * @param verb the verb, never {@code T}, and {@code p} or {@code w} only inside a value
     *     reported as bad
     * @param state the directive's flags and where to write
     * @return true if the value formatted itself; false if it has no {@code Format}, and is
     *     printed as any other value
     */
    boolean format(Object value, int verb, State state);

    /** Go's {@code fmt.State}: the directive's flags, and the output. */
    interface State {
        /**
         * Go's {@code Flag}: whether the directive has the flag; {@code +} and {@code #} of
         * {@code %+v} and {@code %#v} count.
         *
         * @param flag one of {@code -+# 0}
         * @return true if the directive has it
         */
        boolean flag(int flag);

        /**
         * Writes text as it is: Go's {@code Write}, which no width or precision pads.
         *
         * @param text the text
         */
        void write(String text);
    }
}
