package io.github.dmerrors.maven.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a directory, by relative path with {@code /}, with the SHA-256 of its bytes:
 * two snapshots are equal exactly when the directories hold the same files with the same bytes,
 * and a failed comparison names the files that differ.
 */
public final class DirectorySnapshot {
    private DirectorySnapshot() {}

    /** Takes the snapshot; an absent directory has no files. */
    public static Map<String, String> of(Path directory) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(directory)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The SHA-256 of {@code bytes}, in lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }
}
