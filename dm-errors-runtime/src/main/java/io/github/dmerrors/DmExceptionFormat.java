package io.github.dmerrors;

import io.github.dmerrors.internal.SelfFormatting;

/**
 * DM's {@code Format} of its {@code *terror.Error}: how a {@link DmException} prints as an
 * argument of a message template. {@code %s} and {@code %v} write {@link DmException#getMessage()}
 * as it is, ignoring width and precision; {@code %+v} adds the stack trace, a frame as
 * {@code \n<class>.<method>\n\t<file>:<line>} as DM writes a Go frame; {@code %q} quotes the text,
 * ignoring every flag; every other verb writes nothing.
 */
final class DmExceptionFormat implements SelfFormatting {
    static final DmExceptionFormat INSTANCE = new DmExceptionFormat();

    // DM formats %q with a directive of its own, Fprintf(s, "%q", e.Error()), so no flag reaches it.
    private static final MessageTemplate QUOTED = MessageTemplate.parse("%q");

    private DmExceptionFormat() {}

    @Override
    public boolean format(Object value, int verb, State state) {
        if (!(value instanceof DmException exception)) {
            return false;
        }
        switch (verb) {
            case 'v', 's' -> {
                state.write(exception.getMessage());
                if (verb == 'v' && state.flag('+')) {
                    writeStack(exception, state);
                }
            }
            case 'q' -> state.write(QUOTED.format(exception.getMessage()));
            default -> {
                // DM's Format has no case for the other verbs, so they print nothing.
            }
        }
        return true;
    }

    private static void writeStack(DmException exception, State state) {
        StringBuilder stack = new StringBuilder();
        for (StackTraceElement frame : exception.getStackTrace()) {
            stack.append('\n').append(frame.getClassName()).append('.').append(frame.getMethodName())
                    .append("\n\t").append(frame.getFileName() != null ? frame.getFileName() : "unknown")
                    .append(':').append(Math.max(frame.getLineNumber(), 0));
        }
        state.write(stack.toString());
    }
}
