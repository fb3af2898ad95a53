/**
 * The goals' work without Maven: each takes one immutable request and runs the stages in order —
 * parse, validate, model, generate, write — so that it can be tested, and called from another
 * build tool, without a Maven session.
 */
package io.github.dmerrors.maven.pipeline;
