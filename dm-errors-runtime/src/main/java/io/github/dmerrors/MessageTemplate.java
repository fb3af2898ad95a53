package io.github.dmerrors;

import io.github.dmerrors.internal.DirectiveBinding;
import io.github.dmerrors.internal.ParsedTemplate;
import io.github.dmerrors.internal.TemplateParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A DM message template: a Go format string such as {@code "query statement failed: %s"}, parsed
 * once and formatted as Go's {@code fmt.Sprintf} would format it.
 *
 * <h2>Directives</h2>
 *
 * <p>A directive is {@code %}, flags ({@code #0+- } in any order), an optional argument index
 * {@code [n]}, a width (digits or {@code *}), a precision ({@code .} then digits or {@code *}; a
 * lone {@code .} is 0), an optional {@code [n]} again, and a verb. {@code %%} prints {@code %}.
 * Widths and precisions count code points, as Go counts runes. The verbs are those of Go:
 * {@code %v %+v %#v %T %s %q %x %X %d %b %o %O %c %U %t %e %E %f %F %g %G}, with Go's flags:
 * {@code -} pads on the right, {@code 0} pads with zeros (after the sign of a number, and strings
 * too), {@code +} prints the sign and makes {@code %q} ASCII-only, a space leaves room for the sign
 * and puts spaces between the bytes of {@code % x}, and {@code #} adds {@code 0x} to {@code %x},
 * a leading 0 to {@code %o} and backquotes {@code %#q} where possible.
 *
 * <p>Formatting reports problems in the text as Go does, and never throws: {@code %!d(MISSING)}
 * for a missing argument, {@code %!(EXTRA int=1, string=x)} for extra ones (unless the template
 * uses explicit indexes), {@code %!d(string=x)} for a verb that does not suit the argument,
 * {@code %!d(<nil>)} for null under any verb but {@code %v} and {@code %T}, {@code %!(NOVERB)}
 * for a trailing {@code %}, {@code %!d(BADINDEX)}, {@code %!(BADWIDTH)} and
 * {@code %!(BADPREC)}. A {@code toString()} that throws prints Go's panic form,
 * {@code %!v(PANIC=String method: <message>)}; a {@code getMessage()} that throws,
 * {@code %!v(PANIC=Error method: <message>)}. Only a {@link VirtualMachineError} other than
 * {@link StackOverflowError} is rethrown.
 *
 * <h2>Java values as Go values</h2>
 *
 * <p>Each argument is printed as the Go value it stands for. Every row of this table has cases in
 * the conformance corpus that Go itself wrote (see {@code docs/go-conformance.md}), and a test
 * fails if a row has none:
 *
 * <table>
 *   <caption>Java values and the Go values they stand for</caption>
 *   <tr><th>Java</th><th>Go type ({@code %T})</th><th>Notes</th></tr>
 *   <tr id="row-nil"><td>{@code null}</td><td>untyped nil</td><td>{@code %v} and {@code %T} print
 *       {@code <nil>}, other verbs {@code %!d(<nil>)}; inside a collection, {@code <nil>}</td></tr>
 *   <tr id="row-string"><td>{@link String}</td><td>{@code string}</td><td></td></tr>
 *   <tr id="row-character"><td>{@link Character}</td><td>{@code string}</td><td>a one-character
 *       string: a Java char is text, not a number</td></tr>
 *   <tr id="row-boolean"><td>{@link Boolean}</td><td>{@code bool}</td><td></td></tr>
 *   <tr id="row-integer"><td>{@link Byte}, {@link Short}, {@link Integer}, {@link Long}</td><td>{@code
 *       int8}, {@code int16}, {@code int}, {@code int64}</td><td>{@code %c %q %U} treat them as code
 *       points</td></tr>
 *   <tr id="row-float"><td>{@link Float}, {@link Double}</td><td>{@code float32},
 *       {@code float64}</td><td>{@code %v} prints the fewest digits that read back as the same
 *       value, as Go does, whatever the JDK</td></tr>
 *   <tr id="row-big-integer"><td>{@link java.math.BigInteger}</td><td>{@code *big.Int}</td><td>{@code
 *       %d %v %s %x %X %o %O %b} as Go's {@code big.Int}; other verbs {@code %!q(big.Int=5)}</td></tr>
 *   <tr id="row-byte-array"><td>{@code byte[]}</td><td>{@code []uint8}</td><td>{@code %s %q %x %X}
 *       treat it as a byte string ({@code %s} decodes UTF-8, an invalid byte printing U+FFFD);
 *       {@code %v %d} print {@code [1 2 255]}, unsigned; {@code %w} reports each byte, as Go
 *       does</td></tr>
 *   <tr id="row-slice"><td>other arrays, {@link java.util.Collection}</td><td>{@code []T}:
 *       {@code int[]} is {@code []int}, {@code long[]} {@code []int64}, {@code String[]} and
 *       {@code char[]} {@code []string}, {@code Object[]} and collections {@code []interface
 *       {}}</td><td>{@code [a b c]}, the verb applied to each element: {@code %d} of {@code ["a"]}
 *       prints {@code [%!d(string=a)]}; but {@code %w} and {@code %p} report the whole value:
 *       {@code %!w([]interface {}=[1 2])}</td></tr>
 *   <tr id="row-map"><td>{@link java.util.Map}</td><td>{@code map[interface {}]interface
 *       {}}</td><td>{@code map[k:v k2:v2]}, keys sorted as Go sorts them when all are of one
 *       comparable class (strings by code point, numbers by value), otherwise in iteration order;
 *       {@code %w} and {@code %p} report the whole map</td></tr>
 *   <tr id="row-record"><td>{@link Record}</td><td>its {@link Class#getName()}</td><td>a struct:
 *       {@code %v} prints {@code {1 x}}, {@code %+v} {@code {a:1 b:x}}, the verb applied to each
 *       component; {@code %w} and {@code %p} report the whole record:
 *       {@code %!p(com.example.Pt={160 x})}</td></tr>
 *   <tr id="row-dm-exception"><td>{@link DmException}</td><td>its {@link Class#getName()}</td><td>DM's
 *       {@code *terror.Error}, which formats itself: {@code %s} and {@code %v} print
 *       {@link DmException#getMessage()} ignoring width and precision, {@code %+v} adds the stack
 *       trace (a frame as {@code \n<class>.<method>\n\t<file>:<line>}), {@code %q} quotes the text
 *       ignoring every flag, and every other verb prints nothing</td></tr>
 *   <tr id="row-throwable"><td>any other {@link Throwable}</td><td>its {@link Class#getName()}</td><td>an
 *       {@code error}: {@code %v %s %q %x %X} use its text, {@link Throwable#getMessage()} or the
 *       class name if that is null; other verbs print {@code %!d(T=<text>)}</td></tr>
 *   <tr id="row-stringer"><td>an enum, any other object</td><td>its {@link Class#getName()}</td><td>a
 *       {@code Stringer}: {@code %v %s %q %x %X} use {@link Object#toString()}; other verbs print
 *       {@code %!d(T=<toString()>)}</td></tr>
 * </table>
 *
 * <p>Where Go would print what Java cannot hold, the output differs on purpose: {@code %#v}
 * prints Go syntax for strings, numbers, booleans, arrays, collections, maps and records, but an
 * error or a {@code Stringer} prints its text, as {@code %+v} does (Go would print its fields); an
 * array, collection, map or record that contains itself prints {@code [...]}, {@code map[...]}
 * or {@code {...}} where the cycle closes (Go would not stop); {@code %p} is a bad verb for every
 * value and reported on the whole value, as Go reports it for a struct, since Java values have no
 * address (Go prints one for a slice, a map, a {@code byte[]}, a {@code BigInteger} or a
 * {@code DmException}: ours prints {@code %!p([]int=[1 2])}); a {@code BigInteger} or a
 * {@code DmException} reported as bad under {@code %w} or {@code %p}, or inside a value so
 * reported, prints as under {@code %v}, as in {@code %!w(*big.Int=5)} (Go would print its fields
 * or its address); a {@code toString()} that returns null prints {@code <nil>}. Printable characters are those of Java's Unicode tables.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class MessageTemplate {
    private final String text;
    private final ParsedTemplate parsed;
    private final List<Verb> verbs;

    private MessageTemplate(String text, ParsedTemplate parsed) {
        this.text = text;
        this.parsed = parsed;
        List<Verb> found = new ArrayList<>();
        for (DirectiveBinding binding : parsed.bindings()) {
            found.add(Verb.of(binding));
        }
        this.verbs = List.copyOf(found);
    }

    /**
     * Parses a Go format string. Parsing never fails: like Go, a malformed directive is reported in
     * the formatted output, not as an exception.
     *
     * @param text the template
     * @return the parsed template
     * @throws NullPointerException if {@code text} is null
     */
    public static MessageTemplate parse(String text) {
        Objects.requireNonNull(text, "text == null");
        return new MessageTemplate(text, TemplateParser.parse(text));
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
     * Returns the directives that take arguments, in the order they appear: every directive but
     * {@code %%} and a trailing lone {@code %}. A directive whose explicit index can never be
     * valid, such as {@code %[0]d}, is included with an argument index of -1.
     *
     * @return the verbs, unmodifiable
     */
    public List<Verb> verbs() {
        return verbs;
    }

    /**
     * Returns how many arguments a call must pass so that Go reports none missing and none extra:
     * the number of arguments the directives take or, with explicit indexes, one more than the
     * highest index taken.
     *
     * @return the number of arguments the template consumes
     */
    public int argumentCount() {
        return parsed.argumentCount();
    }

    /**
     * Formats the template as Go's {@code fmt.Sprintf(text, args...)}, each argument standing for
     * a Go value as the class description says. Unlike DM's {@code Generate}, no arguments is not
     * a special case: {@code %s} then prints {@code %!s(MISSING)}. Never throws, except a
     * {@link VirtualMachineError} other than {@link StackOverflowError}.
     *
     * <p>As with any varargs method, a lone {@code Object[]} (or {@code String[]}) is taken as the
     * arguments themselves; pass it as {@code (Object) array} to format it as one slice.
     *
     * @param args the arguments; a null array is no arguments
     * @return the formatted text
     */
    public String format(Object... args) {
        return parsed.format(args, DmExceptionFormat.INSTANCE);
    }

    /**
     * Compares templates by text: two templates of the same text format alike.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a template of the same text
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTemplate && ((MessageTemplate) other).text.equals(text);
    }

    /**
     * Returns the hash code of the text.
     *
     * @return a hash code consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns the template as written.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return text;
    }

    /**
     * One directive of a template that takes arguments, such as {@code %s} or {@code % X}.
     *
     * @param text the directive as written, for example {@code "% X"}
     * @param start the index of its {@code %} in the template
     * @param end the index just after it
     * @param flags its flags, in the order written, from {@code "+-# 0"}
     * @param conversion the verb character, for example {@code 'X'}; {@code U+FFFD} for a verb
     *     outside the Basic Multilingual Plane
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
            int precisionArgumentIndex) {

        /**
         * Checks the verb.
         *
         * @param text the directive as written
         * @param start the index of its {@code %} in the template
         * @param end the index just after it
         * @param flags its flags, in the order written
         * @param conversion the verb character
         * @param argumentIndex the index of the argument it formats, or -1 if none
         * @param widthArgumentIndex the index of the argument giving its width, or -1
         * @param precisionArgumentIndex the index of the argument giving its precision, or -1
         * @throws NullPointerException if {@code text} or {@code flags} is null
         * @throws IllegalArgumentException if the bounds do not fit the text, or an index is below
         *     -1
         */
        public Verb {
            Objects.requireNonNull(text, "text == null");
            Objects.requireNonNull(flags, "flags == null");
            if (start < 0 || end - start != text.length() || text.isEmpty()) {
                throw new IllegalArgumentException("bounds " + start + ".." + end + " do not fit " + text);
            }
            if (argumentIndex < -1 || widthArgumentIndex < -1 || precisionArgumentIndex < -1) {
                throw new IllegalArgumentException("argument indexes must be -1 or more");
            }
        }

        private static Verb of(DirectiveBinding binding) {
            char conversion = Character.isBmpCodePoint(binding.verb()) ? (char) binding.verb() : '\uFFFD';
            return new Verb(binding.text(), binding.start(), binding.end(), binding.flags(), conversion,
                    binding.argumentIndex(), binding.widthArgumentIndex(), binding.precisionArgumentIndex());
        }
    }
}
