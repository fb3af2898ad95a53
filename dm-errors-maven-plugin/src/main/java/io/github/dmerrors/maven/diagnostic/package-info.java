/**
 * Problems in input files as data: a {@link io.github.dmerrors.maven.diagnostic.SourceLocation}
 * printing {@code file:line:col}, {@link io.github.dmerrors.maven.diagnostic.Diagnostic}s, and a
 * collector that gathers every problem of a run before anything is generated.
 */
package io.github.dmerrors.maven.diagnostic;
