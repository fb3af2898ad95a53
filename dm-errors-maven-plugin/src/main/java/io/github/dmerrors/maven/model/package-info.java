/**
 * The checked catalogue as records: what the generator, the ledger and the documentation read.
 * Holds no Maven and no JavaPoet types; every record checks its invariants when built.
 *
 * <p>{@link io.github.dmerrors.maven.model.CatalogueLoader} builds it from a file: the entries that
 * {@code io.github.dmerrors.maven.catalogue} parses, checked for meaning by {@link
 * io.github.dmerrors.maven.model.CatalogueValidator}.
 */
package io.github.dmerrors.maven.model;
