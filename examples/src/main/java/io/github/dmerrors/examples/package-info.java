/**
 * A small service beside DM that uses the generated {@code DmErrors}: it runs database calls,
 * reports driver failures as DM's errors, retries the ones DM recovers from by itself, and looks
 * error codes up for an operator.
 */
package io.github.dmerrors.examples;
