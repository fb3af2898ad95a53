/**
 * The Maven goals of dm-errors — {@code generate}, {@code docs}, {@code explain}, {@code check},
 * {@code record} — and nothing but the glue between Maven and the plain classes that do the work.
 *
 * <p>Every Mojo extends {@code DmErrorsMojo}, which holds what all goals share (the catalogue with
 * its one default, {@code extraClasses}, {@code skip}) and maps every failure to Maven's exceptions
 * in one place ({@code BuildFailures}): problems in the user's input fail the build, problems of
 * the plugin or the file system are errors. A Mojo copies its parameters into one immutable
 * request, hands it to its goal's orchestrator and logs the result:
 *
 * <ul>
 *   <li>{@code generate}: {@link io.github.dmerrors.maven.pipeline.GeneratePipeline};
 *   <li>{@code docs} and {@code explain}: {@link io.github.dmerrors.maven.docs.DocsPipeline} and
 *       {@link io.github.dmerrors.maven.docs.Explainer};
 *   <li>{@code check} and {@code record}: {@link io.github.dmerrors.maven.ledger.LedgerChecker} and
 *       {@link io.github.dmerrors.maven.ledger.LedgerRecorder}.
 * </ul>
 *
 * <p>The stages below them depend one way: {@code catalogue} (syntax) → {@code model} (meaning,
 * and every rule that accepts or rejects a catalogue) → {@code generate}, {@code docs},
 * {@code ledger} → {@code output} (writing files); {@code pipeline} runs {@code generate}'s.
 * {@code diagnostic} (problems as data) and {@code text} (how text and paths are shown) depend on
 * no other package of the plugin. Only this package uses the Maven API, and only {@code generate}
 * uses JavaPoet.
 */
package io.github.dmerrors.maven;
