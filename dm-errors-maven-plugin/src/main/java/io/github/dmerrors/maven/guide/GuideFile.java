package io.github.dmerrors.maven.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A guide's bytes as read once, so that a goal checks and fingerprints the same bytes.
 *
 * @param path the guide, as the user named it
 * @param content its bytes
 */
public record GuideFile(Path path, byte[] content) {
    public GuideFile {
        Objects.requireNonNull(path, "path == null");
        content = content.clone();
    }

    /**
     * Reads the guide at {@code path}, if there is one.
     *
     * @throws java.nio.file.NoSuchFileException if the guide does not exist
     * @throws IOException if it cannot be read
     */
    public static Optional<GuideFile> read(Optional<Path> path) throws IOException {
        return path.isPresent()
                ? Optional.of(new GuideFile(path.get(), Files.readAllBytes(path.get())))
                : Optional.empty();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuideFile that && path.equals(that.path) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
