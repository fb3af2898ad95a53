package io.github.dmerrors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A Go format string as {@link TemplateParser} parsed it: literal runs and directives, ready to be
 * formatted any number of times without scanning the text again. Immutable.
 */
public final class ParsedTemplate {
    private final TemplatePart[] parts;
    private final int literalLength;
    private final List<DirectiveBinding> bindings;
    private final int argumentCount;

    ParsedTemplate(List<TemplatePart> parts) {
        this.parts = parts.toArray(new TemplatePart[0]);
        int length = 0;
        for (TemplatePart part : parts) {
            length += part instanceof Literal literal ? literal.text().length() : 0;
        }
        this.literalLength = length;

        // Bind as if a call passed every argument the template asks for: then no index is out of
        // range, and the arguments taken are those the template needs.
        ArgumentCursor cursor = new ArgumentCursor(Integer.MAX_VALUE);
        List<DirectiveBinding> bound = new ArrayList<>();
        int highest = -1;
        for (TemplatePart part : parts) {
            if (!(part instanceof Directive directive) || directive.verb() == Directive.NO_VERB) {
                continue;
            }
            cursor.start(directive);
            cursor.bind(directive.widthIndex());
            int widthArgument = directive.widthFromArgument() ? cursor.take() : -1;
            int precisionArgument = -1;
            if (directive.hasPrecision()) {
                cursor.bind(directive.precisionIndex());
                precisionArgument = directive.precisionFromArgument() ? cursor.take() : -1;
            }
            cursor.bind(directive.verbIndex());
            int argument = -1;
            if (directive.verb() != '%' && cursor.good()) {
                argument = cursor.take();
            }
            highest = Math.max(highest, Math.max(argument, Math.max(widthArgument, precisionArgument)));
            if (directive.verb() != '%' || widthArgument >= 0 || precisionArgument >= 0) {
                bound.add(new DirectiveBinding(directive.text(), directive.start(), directive.end(),
                        directive.flags(), directive.verb(), argument, widthArgument, precisionArgument));
            }
        }
        this.bindings = List.copyOf(bound);
        this.argumentCount = highest + 1;
    }

    /**
     * Returns the directives that take arguments, in template order.
     *
     * @return the bindings
     */
    public List<DirectiveBinding> bindings() {
        return bindings;
    }

    /**
     * Returns how many arguments a call must pass so that Go reports none missing and none extra.
     *
     * @return the argument count
     */
    public int argumentCount() {
        return argumentCount;
    }

    /**
     * Formats as Go's {@code fmt.Sprintf}. Never throws, except a {@link VirtualMachineError} other
     * than {@link StackOverflowError}.
     *
     * @param args the arguments; null is no arguments
     * @param selfFormatting the values that format themselves, as Go's {@code fmt.Formatter}s do
     * @return the formatted text
     */
    public String format(Object[] args, SelfFormatting selfFormatting) {
        return TemplateFormatter.format(parts, literalLength, args == null ? new Object[0] : args, selfFormatting);
    }
}
