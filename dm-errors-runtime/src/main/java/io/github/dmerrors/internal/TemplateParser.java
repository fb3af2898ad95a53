package io.github.dmerrors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans a Go format string once, as Go's {@code doPrintf} scans it, into literal text and
 * directives. Scanning never fails: Go reports malformed directives in the output, and so does
 * {@link ParsedTemplate#format(Object[], SelfFormatting)}.
 */
public final class TemplateParser {
    private final String text;
    private final int end;
    private int i;

    private TemplateParser(String text) {
        this.text = text;
        this.end = text.length();
    }

    /**
     * Parses a Go format string.
     *
     * @param text the template
     * @return the parsed template
     */
    public static ParsedTemplate parse(String text) {
        return new ParsedTemplate(new TemplateParser(text).parts());
    }

    private List<TemplatePart> parts() {
        List<TemplatePart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (i < end) {
            int lasti = i;
            while (i < end && text.charAt(i) != '%') {
                i++;
            }
            literal.append(text, lasti, i);
            if (i >= end) {
                break;
            }
            Directive directive = directive();
            if (directive.percentOnly()) {
                literal.append('%');
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(directive);
            if (directive.verb() == Directive.NO_VERB) {
                break;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return parts;
    }

    private Directive directive() {
        int start = i++;
        boolean minus = false;
        boolean plus = false;
        boolean sharp = false;
        boolean space = false;
        boolean zero = false;
        flags:
        for (; i < end; i++) {
            switch (text.charAt(i)) {
                case '#' -> sharp = true;
                case '0' -> zero = !minus;
                case '+' -> plus = true;
                case '-' -> {
                    minus = true;
                    zero = false;
                }
                case ' ' -> space = true;
                default -> {
                    break flags;
                }
            }
        }
        String flags = text.substring(start + 1, i);

        int widthIndex = index();
        boolean afterIndex = found(widthIndex);
        boolean misplacedIndex = false;
        boolean widthFromArgument = false;
        int width = -1;
        if (i < end && text.charAt(i) == '*') {
            i++;
            widthFromArgument = true;
            afterIndex = false;
        } else {
            width = number();
            if (afterIndex && width >= 0) {
                misplacedIndex = true;
            }
        }

        boolean hasPrecision = false;
        int precisionIndex = Directive.NO_INDEX;
        boolean precisionFromArgument = false;
        int precision = -1;
        if (i + 1 < end && text.charAt(i) == '.') {
            i++;
            hasPrecision = true;
            if (afterIndex) {
                misplacedIndex = true;
            }
            precisionIndex = index();
            afterIndex = found(precisionIndex);
            if (i < end && text.charAt(i) == '*') {
                i++;
                precisionFromArgument = true;
                afterIndex = false;
            } else {
                precision = Math.max(number(), 0);
            }
        }

        int verbIndex = Directive.NO_INDEX;
        if (!afterIndex) {
            verbIndex = index();
        }

        int verb = Directive.NO_VERB;
        if (i < end) {
            verb = text.codePointAt(i);
            i += Character.charCount(verb);
        }
        return new Directive(text.substring(start, i), start, i, flags, minus, plus, sharp, space, zero,
                widthIndex, widthFromArgument, width, hasPrecision, precisionIndex, precisionFromArgument,
                precision, verbIndex, misplacedIndex, verb);
    }

    // Go's argNumber only reports an index as found when it parsed.
    private static boolean found(int index) {
        return index != Directive.NO_INDEX && index != Directive.MALFORMED_INDEX;
    }

    /** Go's {@code parseArgNumber}: an explicit {@code [n]} at {@code i}, if any. */
    private int index() {
        if (i >= end || text.charAt(i) != '[') {
            return Directive.NO_INDEX;
        }
        if (end - i < 3) {
            i++;
            return Directive.MALFORMED_INDEX;
        }
        for (int close = i + 1; close < end; close++) {
            if (text.charAt(close) == ']') {
                int open = i;
                i = open + 1;
                int n = number();
                boolean ok = n >= 0 && i == close;
                i = close + 1;
                return ok ? n - 1 : Directive.MALFORMED_INDEX;
            }
        }
        i++;
        return Directive.MALFORMED_INDEX;
    }

    /**
     * Go's {@code parsenum}: digits at {@code i}, or -1 if none. A number past Go's limit of a
     * million makes Go skip to the end of the template, as here.
     */
    private int number() {
        int num = 0;
        boolean isNum = false;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            if (num > 1_000_000) {
                i = end;
                return -1;
            }
            num = num * 10 + (text.charAt(i) - '0');
            isNum = true;
            i++;
        }
        return isNum ? num : -1;
    }
}
