/**
 * The handling guide: an optional Markdown file beside the catalogue that says, per error, what
 * it means and how to handle it, what the catalogue's own classes mark, and what its levels and
 * scopes mean for this catalogue.
 *
 * <p>The same stages as the catalogue's, one way: {@link io.github.dmerrors.maven.guide.GuideParser}
 * reads the file's syntax into {@link io.github.dmerrors.maven.guide.GuideSection sections} that
 * keep every line's location; {@link io.github.dmerrors.maven.guide.GuideValidator} checks them
 * against the checked catalogue and builds the {@link io.github.dmerrors.maven.guide.Guide}, the
 * model that the generator and the documents read. Neither ever sees the file's raw text: a
 * guide's text reaches them as plain {@link io.github.dmerrors.maven.guide.GuideText paragraphs},
 * which each escapes for its own syntax. Holds no Maven and no JavaPoet types.
 */
package io.github.dmerrors.maven.guide;
