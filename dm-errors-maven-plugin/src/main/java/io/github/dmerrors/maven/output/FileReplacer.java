package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces files of one owner atomically: the bytes go to a temporary file beside the target, which
 * is then moved over it. The temporary file's name is fixed per owner,
 * {@code .dm-errors.<owner>.tmp}, so that one left by a killed run is recognised and swept, and
 * another owner's, in the middle of its own run, is not.
 *
 * <p>Files are not forced to disk: this protects against a failed or killed build, not against a
 * power cut, which is what a build's output directory warrants.
 */
final class FileReplacer {
    private final FileMover mover;
    private final String temporaryName;

    FileReplacer(FileMover mover, String ownerFileName) {
        this.mover = mover;
        this.temporaryName = RelativePaths.RESERVED_NAME + "." + ownerFileName + ".tmp";
    }

    /**
     * Writes {@code content} to {@code target} unless the target already holds exactly these bytes,
     * in which case it is not touched (its modification time stays). Creates missing directories.
     *
     * @return whether the file was written
     */
    boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (holds(target, content)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(temporaryName);
        try {
            Files.write(temporary, content);
            mover.move(temporary, target);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
        return true;
    }

    /** Tells whether {@code file} is a regular file holding exactly {@code content}. */
    static boolean holds(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file)
                && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }

    /** Deletes the temporary files that killed runs of this owner left under {@code directory}. */
    void sweep(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> paths = Files.walk(directory)) {
            leftovers = paths
                    .filter(path -> !path.equals(directory))
                    .filter(path -> path.getFileName().toString().equals(temporaryName))
                    .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
    }
}
