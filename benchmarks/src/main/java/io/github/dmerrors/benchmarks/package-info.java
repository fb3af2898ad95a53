/**
 * JMH benchmarks of dm-errors, each measured in the same run as the plain Java way of doing the
 * same thing, and {@link io.github.dmerrors.benchmarks.BenchmarkMain}, which runs them all and
 * prints the ratios. Every baseline consumes its result, and every pair produces the same text from
 * the same arguments: each benchmark's setup checks it before measuring.
 */
package io.github.dmerrors.benchmarks;
