package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Files and directory snapshots for the writer's tests. */
final class OutputFixtures {
    /** A modification time no write during a test can produce. */
    static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    private OutputFixtures() {}

    /**
     * The record {@code fileName} ({@code default.manifest}) of {@code outputDirectory}, kept by a
     * writer whose state root is {@code stateRoot}.
     */
    static Path record(Path stateRoot, Path outputDirectory, String fileName) {
        return ManifestStore.directoryFor(stateRoot, outputDirectory.toAbsolutePath().normalize()).resolve(fileName);
    }

    static GeneratedFile file(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 computed here rather than by the code under test. */
    static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Every regular file under {@code directory}, by relative path, with its content as text. */
    static Map<String, String> contents(Path directory) {
        Map<String, String> contents = new TreeMap<>();
        if (!Files.exists(directory)) {
            return contents;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                contents.put(relative, Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    /** Sets every file under {@code directory} to {@link #OLD}, so that a rewrite shows. */
    static void age(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, OLD);
            }
        }
    }

    /** The modification time of every regular file under {@code directory}, by relative path. */
    static Map<String, FileTime> times(Path directory) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                times.put(directory.relativize(path).toString().replace('\\', '/'),
                        Files.getLastModifiedTime(path));
            }
        }
        return times;
    }
}
