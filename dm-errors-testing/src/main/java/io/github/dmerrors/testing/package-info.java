/**
 * What the tests of the other modules and the benchmarks share, so that each exists once: valid
 * catalogues of any size ({@link io.github.dmerrors.testing.SyntheticCatalogue} in DM's
 * proportions, {@link io.github.dmerrors.testing.LargeCatalogue} with long texts) and the scale of
 * every time bound a test sets ({@link io.github.dmerrors.testing.TestTime}).
 */
package io.github.dmerrors.testing;
