/**
 * Writes generated files into an output directory the way a build wants: a file is replaced only
 * when its bytes change, every replacement is atomic, files this generator no longer produces are
 * removed and nothing else is, and an unchanged run writes nothing at all.
 *
 * <p>Several generating executions ("owners") may share one directory. Each records what it wrote
 * in its own manifest, kept outside the output directory in the build's state directory for that
 * output directory, so that it removes only its own stale files and the output directory holds
 * nothing but the files (a sources jar made from it needs no exclude). Should the records be lost
 * while the files stay (a clean, with the output directory outside the build directory), the
 * generator's {@link io.github.dmerrors.maven.output.GeneratedMark} tells its files from anyone
 * else's, so that they are replaced rather than refused. The package knows paths and bytes only, no
 * Maven and no code generator, so every goal (sources, documentation) writes through it.
 */
package io.github.dmerrors.maven.output;
