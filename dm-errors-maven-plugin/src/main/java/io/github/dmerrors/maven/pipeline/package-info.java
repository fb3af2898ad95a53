/**
 * The {@code generate} goal's work without Maven: {@link
 * io.github.dmerrors.maven.pipeline.GeneratePipeline} takes one immutable {@link
 * io.github.dmerrors.maven.pipeline.GenerateRequest} and runs the stages in order — parse and
 * validate (with the checks for the class to be generated), generate, write only what changed —
 * so that it can be tested, and called from another build tool, without a Maven session. Its
 * fingerprint of every input lets an unchanged build skip all of it.
 *
 * <p>Each goal's orchestrator lives with its subject: this package for {@code generate}, {@code
 * io.github.dmerrors.maven.docs} for {@code docs} and {@code explain}, {@code
 * io.github.dmerrors.maven.ledger} for {@code check} and {@code record}.
 */
package io.github.dmerrors.maven.pipeline;
