/**
 * Implementation of the runtime; not exported from the module and not an API: it may change in
 * any release.
 *
 * <p>Most of it is a port of Go's {@code fmt.Sprintf}, and mirrors Go's files so that each part
 * can be read side by side with the Go code it follows:
 *
 * <ul>
 *   <li>{@code fmt/print.go}: {@link io.github.dmerrors.internal.TemplateParser} and
 *       {@code TemplateFormatter} ({@code doPrintf}: directives, flags, argument indexes,
 *       {@code intFromArg}, the {@code MISSING}, {@code EXTRA}, {@code BADINDEX} reports),
 *       {@code ArgumentCursor} ({@code argNum}, {@code reordered}, {@code goodArgNum}), {@code ValuePrinter}
 *       ({@code printArg}, {@code handleMethods}, {@code badVerb}, and {@code catchPanic}'s report) and
 *       {@code CompositePrinter} (the slice, map and struct cases of {@code printValue});
 *       {@link io.github.dmerrors.internal.SelfFormatting} is its {@code Formatter} and
 *       {@code State};
 *   <li>{@code fmt/format.go}: {@code FieldFormatter}, Go's internal {@code fmt} type
 *       ({@code pad}, {@code fmtInteger}, {@code fmtS}, {@code fmtQ}, {@code fmtFloat} and the
 *       flags {@code wid}, {@code prec}, {@code plusV}, {@code sharpV});
 *   <li>what those call: {@code strconv/ftoa.go} ({@code FloatFormatter}, {@code FloatDigits}),
 *       {@code strconv/quote.go} ({@code GoQuoter}), {@code math/big/intconv.go}
 *       ({@code BigIntegerFormat}), {@code internal/fmtsort} ({@code MapKeyOrder}) and
 *       {@code unicode/utf8} ({@code Utf8}).
 * </ul>
 *
 * <p>Their methods and fields keep Go's names ({@code fmtInteger}, {@code padString},
 * {@code widPresent}, {@code printArg}) rather than Java's conventions, on purpose: a reader, or a
 * change in a later Go release, finds the Go counterpart of each by name, which is what keeps
 * the port faithful. The conformance corpus ({@code src/test/go}) checks the result against Go
 * itself.
 */
package io.github.dmerrors.internal;
