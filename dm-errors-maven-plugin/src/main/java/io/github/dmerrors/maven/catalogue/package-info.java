/**
 * The syntax of DM's {@code errors_release.txt}: bytes to {@link
 * io.github.dmerrors.maven.catalogue.CatalogueEntry entries} that keep every value as written,
 * with the exact line and column of each field, so that the checks that follow can point at it.
 *
 * <p>The format is DM's, not CSV: one entry a line,
 * {@code NAME,[code=N:class=C:scope=S:level=L]}, optionally followed by
 * {@code , "Message: MSG, Workaround: WA"} in which nothing is escaped but a newline ({@code \n}).
 * It is read by hand because a CSV reader cannot report columns and would misread DM's unescaped
 * text. What the values mean is checked later, in {@code io.github.dmerrors.maven.model}.
 */
package io.github.dmerrors.maven.catalogue;
