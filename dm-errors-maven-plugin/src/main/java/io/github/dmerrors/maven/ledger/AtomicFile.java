package io.github.dmerrors.maven.ledger;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it and one rename, so that a reader, a concurrent
 * {@code git}, or a killed build sees the old file or the new one, never half of it.
 */
final class AtomicFile {
    private AtomicFile() {}

    static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // A fixed name, not createTempFile's, so the file gets the usual permissions, not 0600.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".dm-errors.tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }
}
