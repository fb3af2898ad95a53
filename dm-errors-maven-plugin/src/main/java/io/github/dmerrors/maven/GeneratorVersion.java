package io.github.dmerrors.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        MessageDigest digest = sha256();
        if (Files.isDirectory(code)) {
            for (Path file : filesIn(code)) {
                digest.update(code.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                update(digest, file);
            }
        } else {
            update(digest, code);
        }
        return version + "+sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
