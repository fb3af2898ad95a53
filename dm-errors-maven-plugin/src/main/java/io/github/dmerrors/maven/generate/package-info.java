/**
 * Turns a checked {@link io.github.dmerrors.maven.model.Catalogue} into Java source text. The only
 * package that uses JavaPoet; it never sees the catalogue file's raw text, only the model.
 */
package io.github.dmerrors.maven.generate;
