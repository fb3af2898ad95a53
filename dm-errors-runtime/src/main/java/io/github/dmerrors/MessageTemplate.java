package io.github.dmerrors;

import java.util.List;
import java.util.Objects;

/**
 * A DM message template: a Go format string such as {@code "query statement failed: %s"}, parsed
 * once and formatted as Go's {@code fmt.Sprintf} would format it.
 *
 * <p>IMPLEMENTATION PENDING: the Go formatting engine lands in {@code io.github.dmerrors.internal}.
 */
public final class MessageTemplate {
    private final String text;

    private MessageTemplate(String text) {
        this.text = text;
    }

    /**
     * Parses a Go format string. Parsing never fails: like Go, a malformed directive is reported in
     * the formatted output, not as an exception.
     *
     * @param text the template
     * @return the parsed template
     */
    public static MessageTemplate parse(String text) {
        return new MessageTemplate(Objects.requireNonNull(text, "text == null"));
    }

    /**
     * Returns the template as written.
     *
     * @return the template text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the directives that format an argument, in the order they appear.
     *
     * @return the verbs
     */
    public List<Verb> verbs() {
        return List.of();
    }

    /**
     * Returns how many arguments a call must pass so that Go reports none missing and none extra.
     *
     * @return the number of arguments the template consumes
     */
    public int argumentCount() {
        return 0;
    }

    /**
     * Formats the template as Go's {@code fmt.Sprintf(text, args...)}. Never throws.
     *
     * @param args the arguments
     * @return the formatted text
     */
    public String format(Object... args) {
        // Placeholder until the Go engine lands: %s, %v and %d only.
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && "svd".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(next < args.length ? String.valueOf(args[next++]) : "%!" + text.charAt(i + 1) + "(MISSING)");
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One directive of a template, such as {@code %s} or {@code % X}.
     *
     * @param text the directive as written, for example {@code "% X"}
     * @param start the index of its {@code %} in the template
     * @param end the index just after it
     * @param flags its flags, in the order written, from {@code "+-# 0"}
     * @param conversion the verb character, for example {@code 'X'}
     * @param argumentIndex the zero-based index of the argument it formats, or -1 if none
     * @param widthArgumentIndex the index of the argument giving its width ({@code *}), or -1
     * @param precisionArgumentIndex the index of the argument giving its precision ({@code .*}), or -1
     */
    public record Verb(
            String text,
            int start,
            int end,
            String flags,
            char conversion,
            int argumentIndex,
            int widthArgumentIndex,
            int precisionArgumentIndex) {}
}
