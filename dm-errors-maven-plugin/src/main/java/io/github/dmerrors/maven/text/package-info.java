/**
 * How the plugin shows things to people, in one place for every goal: which characters of
 * catalogue text are hidden and how they are escaped ({@link
 * io.github.dmerrors.maven.text.HiddenCharacters}), the escapes JSON and TOML strings share ({@link
 * io.github.dmerrors.maven.text.BackslashEscapes}), and how a path is named ({@link
 * io.github.dmerrors.maven.text.ShownPath}). Depends on no other package of the plugin, so that the
 * model, the generator and the documents all may use it.
 */
package io.github.dmerrors.maven.text;
