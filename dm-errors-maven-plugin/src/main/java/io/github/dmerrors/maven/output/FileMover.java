package io.github.dmerrors.maven.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished temporary file in place of its target. A seam, so that tests can fail the n-th
 * move and prove that an interrupted run leaves every file old or new and the next run recovers.
 */
@FunctionalInterface
interface FileMover {
    /**
     * Renames in one step, so that a reader or a crash sees the old or the new file, never a mix.
     * Falls back to a plain replace only where the file system cannot rename atomically; source and
     * target share a directory, so that is rare (some network file systems).
     */
    FileMover ATOMIC = (source, target) -> {
        try {
            Files.move(source, target,
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    /** Moves {@code source} over {@code target}, replacing it if it exists. */
    void move(Path source, Path target) throws IOException;
}
