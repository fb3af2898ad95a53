package io.github.dmerrors.internal;

/**
 * Runs a parsed template over arguments as Go's {@code doPrintf} does: literal runs, directives
 * taking their arguments, and Go's reports of missing, extra and badly indexed arguments.
 */
final class TemplateFormatter {
    private static final long NOT_AN_INT = Long.MIN_VALUE;

    private TemplateFormatter() {}

    static String format(TemplatePart[] parts, int literalLength, Object[] args, SelfFormatting selfFormatting) {
        StringBuilder buf = new StringBuilder(capacity(literalLength, args));
        ArgumentCursor cursor = new ArgumentCursor(args.length);
        ValuePrinter printer = null;
        for (TemplatePart part : parts) {
            if (part instanceof Literal literal) {
                buf.append(literal.text());
                continue;
            }
            Directive directive = (Directive) part;
            if (cursor.hasNext() && appendCommon(buf, directive, args[cursor.next()])) {
                cursor.take();
                continue;
            }
            if (printer == null) {
                printer = new ValuePrinter(buf, selfFormatting);
            }
            if (!format(directive, cursor, args, printer, buf)) {
                break;
            }
        }
        if (!cursor.reordered() && cursor.hasNext()) {
            if (printer == null) {
                printer = new ValuePrinter(buf, selfFormatting);
            }
            appendExtra(cursor, args, printer, buf);
        }
        return buf.toString();
    }

    private static int capacity(int literalLength, Object[] args) {
        long capacity = literalLength;
        for (Object arg : args) {
            capacity += arg instanceof String s ? s.length() : 16;
        }
        return (int) Math.min(capacity, 1 << 20);
    }

    // The common cases need no printer: %s or %v of a string, %d or %v of an int or int64, and
    // DM's % X of bytes.
    private static boolean appendCommon(StringBuilder buf, Directive directive, Object arg) {
        if (directive.bareHex() && arg instanceof byte[] bytes) {
            char[] digits = directive.verb() == 'X' ? FieldFormatter.UPPER_DIGITS : FieldFormatter.LOWER_DIGITS;
            for (int i = 0; i < bytes.length; i++) {
                if (i > 0 && directive.space()) {
                    buf.append(' ');
                }
                buf.append(digits[(bytes[i] >> 4) & 0xF]).append(digits[bytes[i] & 0xF]);
            }
            return true;
        }
        if (!directive.plain()) {
            return false;
        }
        int verb = directive.verb();
        if (arg instanceof String s && verb != 'd') {
            buf.append(s);
            return true;
        }
        if (arg instanceof Long n && verb != 's') {
            buf.append(n.longValue());
            return true;
        }
        if (arg instanceof Integer n && verb != 's') {
            buf.append(n.intValue());
            return true;
        }
        return false;
    }

    /** Formats one directive; returns false at a template's trailing lone {@code %}. */
    private static boolean format(
            Directive directive, ArgumentCursor cursor, Object[] args, ValuePrinter printer, StringBuilder buf) {
        FieldFormatter fmt = printer.fmt;
        fmt.clearFlags();
        fmt.minus = directive.minus();
        fmt.plus = directive.plus();
        fmt.sharp = directive.sharp();
        fmt.space = directive.space();
        fmt.zero = directive.zero();

        cursor.start(directive);
        cursor.bind(directive.widthIndex());
        if (directive.widthFromArgument()) {
            long width = intFromArg(cursor, args);
            fmt.widPresent = width != NOT_AN_INT;
            fmt.wid = fmt.widPresent ? (int) width : 0;
            if (!fmt.widPresent) {
                buf.append("%!(BADWIDTH)");
            }
            if (fmt.wid < 0) {
                fmt.wid = -fmt.wid;
                fmt.minus = true;
                fmt.zero = false;
            }
        } else {
            fmt.widPresent = directive.width() >= 0;
            fmt.wid = Math.max(directive.width(), 0);
        }
        if (directive.hasPrecision()) {
            cursor.bind(directive.precisionIndex());
            if (directive.precisionFromArgument()) {
                long precision = intFromArg(cursor, args);
                // A negative precision makes no sense, and Go reports it as bad.
                fmt.precPresent = precision != NOT_AN_INT && precision >= 0;
                fmt.prec = fmt.precPresent ? (int) precision : 0;
                if (!fmt.precPresent) {
                    buf.append("%!(BADPREC)");
                }
            } else {
                fmt.precPresent = true;
                fmt.prec = directive.precision();
            }
        }
        cursor.bind(directive.verbIndex());

        int verb = directive.verb();
        if (verb == Directive.NO_VERB) {
            buf.append("%!(NOVERB)");
            return false;
        }
        if (verb == '%') {
            buf.append('%');
        } else if (!cursor.good()) {
            buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
        } else if (!cursor.hasNext()) {
            buf.append("%!").appendCodePoint(verb).append("(MISSING)");
        } else {
            if (verb == 'v') {
                fmt.sharpV = fmt.sharp;
                fmt.sharp = false;
                fmt.plusV = fmt.plus;
                fmt.plus = false;
            }
            printer.printArg(args[cursor.take()], verb);
        }
        return true;
    }

    /** Go's {@code intFromArg}: a width or precision argument, which Go takes even if unusable. */
    private static long intFromArg(ArgumentCursor cursor, Object[] args) {
        if (!cursor.hasNext()) {
            return NOT_AN_INT;
        }
        Object arg = args[cursor.take()];
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            long n = ((Number) arg).longValue();
            return n > 1_000_000 || n < -1_000_000 ? NOT_AN_INT : n;
        }
        return NOT_AN_INT;
    }

    private static void appendExtra(ArgumentCursor cursor, Object[] args, ValuePrinter printer, StringBuilder buf) {
        printer.fmt.clearFlags();
        buf.append("%!(EXTRA ");
        for (int i = cursor.next(); i < args.length; i++) {
            if (i > cursor.next()) {
                buf.append(", ");
            }
            Object arg = args[i];
            if (arg == null) {
                buf.append("<nil>");
            } else {
                buf.append(GoTypeName.of(arg)).append('=');
                printer.printArg(arg, 'v');
            }
        }
        buf.append(')');
    }
}
