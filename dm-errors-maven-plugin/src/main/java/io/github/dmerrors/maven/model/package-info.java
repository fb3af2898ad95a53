/**
 * The checked catalogue as records: what the generator, the ledger and the documentation read.
 * Holds no Maven and no JavaPoet types; every record checks its invariants when built.
 */
package io.github.dmerrors.maven.model;
