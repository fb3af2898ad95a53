package io.github.dmerrors.maven;

import io.github.dmerrors.maven.output.Sha256;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * Names the generator a build runs, for the up-to-date check. A release version names one
 * generator; a SNAPSHOT version names whatever was built last, so a rebuilt plugin would find
 * its old output up to date. A SNAPSHOT's name therefore carries a digest of the plugin's code.
 */
final class GeneratorVersion {
    private GeneratorVersion() {}

    /** Returns the name of the generator that runs {@code execution}. */
    static String of(MojoExecution execution) throws MojoExecutionException {
        PluginDescriptor plugin = execution.getMojoDescriptor().getPluginDescriptor();
        File code = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        try {
            return of(plugin.getVersion(), code == null ? null : code.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("dm-errors: cannot read the plugin's code " + code + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the name of a generator.
     *
     * @param version the plugin's version
     * @param code the plugin's jar or classes directory, or {@code null} if Maven did not say
     * @return {@code version} for a release; for a SNAPSHOT, {@code version} and a digest of
     *     {@code code}'s bytes (the jar is reproducible, so the same code gives the same digest)
     * @throws IOException if {@code code} cannot be read
     */
    static String of(String version, Path code) throws IOException {
        if (!version.endsWith("-SNAPSHOT") || code == null || !Files.exists(code)) {
            return version;
        }
        Sha256 digest = Sha256.digest();
        if (Files.isDirectory(code)) {
            for (Path file : filesIn(code)) {
                digest.field(code.relativize(file).toString().replace('\\', '/')).file(file);
            }
        } else {
            digest.file(code);
        }
        return version + "+" + digest.fingerprint();
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
