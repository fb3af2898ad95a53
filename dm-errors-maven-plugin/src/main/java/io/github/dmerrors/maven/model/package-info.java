/**
 * The checked catalogue as records: what the generator, the ledger and the documentation read.
 * Holds no Maven and no JavaPoet types; every record checks its invariants when built.
 *
 * <p>{@link io.github.dmerrors.maven.model.CatalogueLoader} builds it from a file: the entries that
 * {@code io.github.dmerrors.maven.catalogue} parses, checked for meaning by {@link
 * io.github.dmerrors.maven.model.CatalogueValidator}, and, for the {@code generate} goal, checked
 * against the class to be generated ({@link io.github.dmerrors.maven.model.GenerationTarget}) by
 * {@link io.github.dmerrors.maven.model.TypeNameClash}. Every rule that decides whether a catalogue
 * is accepted lives here, so that the generator only writes; so do the naming rules of generated
 * code ({@link io.github.dmerrors.maven.model.JavaNames}) and the types it names
 * ({@link io.github.dmerrors.maven.model.ReferencedType}), which those checks need.
 */
package io.github.dmerrors.maven.model;
