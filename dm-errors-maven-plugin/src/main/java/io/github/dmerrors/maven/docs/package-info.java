/**
 * The error reference: the catalogue and its handling guide as documents for people and for
 * tools — a Markdown page, DM's own {@code errors.toml}, and JSON — and the {@code explain} goal's
 * answer for one error, or for every error DM printed in a text an operator has in hand. The two
 * goals' orchestrators, {@link io.github.dmerrors.maven.docs.DocsPipeline} and {@link
 * io.github.dmerrors.maven.docs.Explainer}, live here with their requests and results, and hold no
 * Maven types.
 *
 * <p>Every format is a small renderer of its own that reads only the checked model, in code order,
 * and escapes the catalogue's and the guide's text for its syntax by hand: both are user input,
 * and no entry may break the page or the file it lands in. Text for people (Markdown, the console)
 * shows hidden characters as the {@code io.github.dmerrors.maven.text} package decides. Nothing
 * depends on the clock, the locale or the platform's line separator, so the same input always
 * gives the same bytes. Files are written through {@link
 * io.github.dmerrors.maven.output.OutputWriter}, like generated sources.
 */
package io.github.dmerrors.maven.docs;
