/**
 * Turns a checked {@link io.github.dmerrors.maven.model.Catalogue} into Java source text. The only
 * package that uses JavaPoet; it never sees the catalogue file's raw text, only the model, and it
 * decides nothing about whether a catalogue is accepted: validation, in the model, has done that,
 * and the naming rules it follows are the model's {@link io.github.dmerrors.maven.model.JavaNames}.
 */
package io.github.dmerrors.maven.generate;
